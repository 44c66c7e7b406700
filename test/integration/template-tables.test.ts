import { randomUUID } from 'node:crypto';
import { DescribeTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { INQUIRY_TABLE_KEYS } from '../../functions/contract/table-layouts.js';
import { LOCAL_AWS } from '../../lib/local/dynamodb-local.js';
import { synthesizeSystem } from '../../lib/local/synthesized-templates.js';
import { ensureTables, tablesOf } from '../../lib/local/template-tables.js';

describe('local tables from the synthesized template', () => {
  it('when a table was created by an older template, starting again adds the indexes the new one declares', async () => {
    // Prepare
    const client = new DynamoDBClient({ endpoint: inject('dynamodbEndpoint'), ...LOCAL_AWS });
    const [table] = tablesOf(synthesizeSystem().dataTemplate);
    const TableName = `upgrade-${randomUUID()}`;
    const current = { ...table!, input: { ...table!.input, TableName } };
    const olderIndexes = current.input.GlobalSecondaryIndexes!.slice(0, 1);
    const olderKeys = new Set(
      [...current.input.KeySchema!, ...olderIndexes[0]!.KeySchema!].map((key) => key.AttributeName),
    );
    const older = {
      ...current,
      input: {
        ...current.input,
        GlobalSecondaryIndexes: olderIndexes,
        AttributeDefinitions: current.input.AttributeDefinitions!.filter((definition) =>
          olderKeys.has(definition.AttributeName),
        ),
      },
    };
    await ensureTables(client, [older]);
    // Act
    await ensureTables(client, [current]);
    // Assess
    const { Table } = await client.send(new DescribeTableCommand({ TableName }));
    expect(Table!.GlobalSecondaryIndexes!.map((i) => i.IndexName).sort()).toEqual([
      'byEstablishment',
      'byResident',
      'reviewQueue',
    ]);
    expect(Table!.TableName).toBe(TableName);
  });

  /** The inquiries table of the template (the one with a stream), under a name of this test's own. */
  const streamedTable = (TableName: string) => {
    const table = tablesOf(synthesizeSystem().dataTemplate).find((candidate) => candidate.input.StreamSpecification);
    if (!table) throw new Error('No table of the data template has a stream');
    return { ...table, input: { ...table.input, TableName } };
  };

  it('when the template declares a stream, the created table has one, with the item before and after each change', async () => {
    // Prepare
    const client = new DynamoDBClient({ endpoint: inject('dynamodbEndpoint'), ...LOCAL_AWS });
    const TableName = `streamed-${randomUUID()}`;
    // Act
    await ensureTables(client, [streamedTable(TableName)]);
    // Assess
    const { Table } = await client.send(new DescribeTableCommand({ TableName }));
    expect(Table!.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    expect(Table!.LatestStreamArn).toMatch(/stream/);
  });

  it('when a table made by an older template has no stream, starting again gives it one and keeps its items; a third start changes nothing', async () => {
    // Prepare
    const client = new DynamoDBClient({ endpoint: inject('dynamodbEndpoint'), ...LOCAL_AWS });
    const TableName = `unstreamed-${randomUUID()}`;
    const current = streamedTable(TableName);
    const { StreamSpecification: _stream, ...olderInput } = current.input;
    await ensureTables(client, [{ ...current, input: olderInput }]);
    const item = {
      [INQUIRY_TABLE_KEYS.partitionKey]: { S: 'INQUIRY#TW-1' },
      [INQUIRY_TABLE_KEYS.sortKey]: { S: 'INQUIRY' },
    };
    await client.send(new PutItemCommand({ TableName, Item: item }));
    // Act
    await ensureTables(client, [current]);
    const { Table: upgraded } = await client.send(new DescribeTableCommand({ TableName }));
    await ensureTables(client, [current]);
    // Assess
    const { Table: again } = await client.send(new DescribeTableCommand({ TableName }));
    expect(upgraded!.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    expect(again!.LatestStreamArn).toBe(upgraded!.LatestStreamArn);
    expect((await client.send(new GetItemCommand({ TableName, Key: item }))).Item).toEqual(item);
  });
});
