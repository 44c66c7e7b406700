import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DynamoDBClient,
  PutItemCommand,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCAL_AWS } from '../../lib/local/dynamodb-local.js';
import { startTableStreamDelivery } from '../../lib/local/table-stream-delivery.js';
import { STREAM_FUNCTION, streamMappingSystem } from '../support/stream-mapping-template.js';

describe('table stream delivery on DynamoDB Local', () => {
  const endpoint = inject('dynamodbEndpoint');
  const dynamodb = new DynamoDBClient({ endpoint, ...LOCAL_AWS });
  const tableName = `StreamedTable${randomBytes(6).toString('hex')}`;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tawasul-stream-it-'));
    await dynamodb.send(
      new CreateTableCommand({
        TableName: tableName,
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    );
  });

  afterAll(() => {
    dynamodb.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const item = (reference: string, entity: string) => ({
    pk: { S: `INQUIRY#${reference}` },
    sk: { S: entity },
    entity: { S: entity },
    reference: { S: reference },
  });
  const put = (reference: string, entity = 'INQUIRY') =>
    dynamodb.send(new PutItemCommand({ TableName: tableName, Item: item(reference, entity) }));

  /** A delivery of the table's stream whose handler keeps what it is given. */
  const startDelivery = async (received: DynamoDBRecord[][]) =>
    startTableStreamDelivery({
      system: streamMappingSystem(tableName, { BatchSize: 2 }),
      functionLogicalId: STREAM_FUNCTION,
      handler: async (event) => {
        received.push(event.Records);
        return { batchItemFailures: [] };
      },
      dynamodbEndpoint: endpoint,
      checkpointDir: dir,
      log: () => undefined,
    });

  const referencesOf = (batches: DynamoDBRecord[][]) =>
    batches.map((batch) => batch.map((record) => record.dynamodb!.NewImage!.reference!.S));

  it('when items were written, the handler receives the new inquiries in Lambda’s shape, in order, in batches; started again, it receives only what came after', async () => {
    // Prepare
    await put('TW-1');
    await put('TW-1', 'ATTACHMENT#a');
    await dynamodb.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: tableName, Item: item('TW-2', 'INQUIRY') } },
          { Put: { TableName: tableName, Item: item('TW-3', 'INQUIRY') } },
        ],
      }),
    );
    await put('TW-1');
    const first: DynamoDBRecord[][] = [];
    // Act
    const delivery = await startDelivery(first);
    await delivery.settled();
    await delivery.stop();
    await put('TW-4');
    const second: DynamoDBRecord[][] = [];
    const restarted = await startDelivery(second);
    await restarted.settled();
    await restarted.stop();
    // Assess
    expect(referencesOf(first)).toEqual([['TW-1', 'TW-2'], ['TW-3']]);
    expect(first[0]![0]).toMatchObject({
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
      eventSourceARN: expect.stringMatching(new RegExp(`table/${tableName}/stream/`)),
      dynamodb: {
        ApproximateCreationDateTime: expect.any(Number),
        Keys: { pk: { S: 'INQUIRY#TW-1' }, sk: { S: 'INQUIRY' } },
        StreamViewType: 'NEW_AND_OLD_IMAGES',
        SequenceNumber: expect.any(String),
      },
    });
    expect(referencesOf(second)).toEqual([['TW-4']]);
  });

  it('when inquiries are written while it runs, settled() answers once every one written before it was delivered', async () => {
    // Prepare
    const received: DynamoDBRecord[][] = [];
    const delivery = await startDelivery(received);
    await delivery.settled();
    received.length = 0;
    const references = Array.from({ length: 20 }, (_, index) => `TW-live-${index}`);
    // Act
    for (const reference of references) await put(reference);
    await delivery.settled();
    const delivered = referencesOf(received).flat();
    await delivery.stop();
    // Assess
    expect(delivered).toEqual(references);
  });
});
