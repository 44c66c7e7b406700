import { randomUUID } from 'node:crypto';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
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
    expect(Table!.GlobalSecondaryIndexes!.map((i) => i.IndexName).sort()).toEqual(['byResident', 'reviewQueue']);
    expect(Table!.TableName).toBe(TableName);
  });
});
