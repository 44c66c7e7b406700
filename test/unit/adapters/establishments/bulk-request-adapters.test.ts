import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoDbBulkRequests } from '../../../../functions/adapters/establishments/dynamodb-bulk-requests.js';
import { S3BulkFiles } from '../../../../functions/adapters/establishments/s3-bulk-files.js';
import { TABLE_ACCESS_ACTIONS } from '../../../../functions/contract/table-actions.js';
import type { BulkRequest } from '../../../../functions/domain/establishments/bulk-request.js';

/** The IAM actions each document-client command needs (a transaction, those of its items). */
const actionsOf = (command: { constructor: { name: string }; input: unknown }): string[] => {
  const name = command.constructor.name;
  if (name === 'TransactWriteCommand')
    return (command.input as { TransactItems: Record<string, unknown>[] }).TransactItems.flatMap((item) =>
      Object.keys(item).map(
        (kind) =>
          ({ Put: 'dynamodb:PutItem', Update: 'dynamodb:UpdateItem', ConditionCheck: 'dynamodb:ConditionCheckItem' })[
            kind
          ] ?? `unmapped ${kind}`,
      ),
    );
  const single: Record<string, string> = {
    GetCommand: 'dynamodb:GetItem',
    PutCommand: 'dynamodb:PutItem',
    UpdateCommand: 'dynamodb:UpdateItem',
    QueryCommand: 'dynamodb:Query',
  };
  return [single[name] ?? `unmapped ${name}`];
};

const request = {
  bulkRequestId: '00000000-0000-4000-8000-000000000001',
  establishmentId: '7001234567',
  createdAt: '2026-11-25T06:00:00.000Z',
} as BulkRequest;
const now = new Date('2026-11-25T06:00:00.000Z');

describe('the bulk requests’ calls and their grants', () => {
  const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'me-central-1' }));
  const dynamodb = mockClient(documentClient);
  const store = new DynamoDbBulkRequests(documentClient, 'Residents');
  const called = () => [...new Set(dynamodb.calls().flatMap((call) => actionsOf(call.args[0] as never)))].sort();
  beforeEach(() => {
    dynamodb.reset();
    dynamodb.onAnyCommand().resolves({ Items: [] });
  });

  it('when the processing works through a file, it makes only calls of the residents table’s readWrite grant', async () => {
    // Act
    await store.create(request);
    await store.create(request, {
      owner: 's',
      operation: 'RequestBulkUpload',
      key: 'k',
      fingerprint: 'f',
      result: 'r',
      claimedAt: now,
      expiresAt: now,
    });
    await store.find(request.establishmentId, request.bulkRequestId);
    await store.start(request, { lines: 1, at: now.toISOString() });
    await store.recordChunk(request, { index: 0, errors: [], results: [] });
    await store.finish(request, now.toISOString());
    await store.reject(request, { code: 'not_utf8' }, now.toISOString());
    // Assess
    expect(called().every((action) => TABLE_ACCESS_ACTIONS.readWrite.includes(action))).toBe(true);
  });

  it('when a report is read, it takes only calls of the read grant, in the establishment’s partition', async () => {
    // Act
    await store.report(request.establishmentId, request.bulkRequestId);
    // Assess
    expect(called().every((action) => TABLE_ACCESS_ACTIONS.read.includes(action))).toBe(true);
    expect(dynamodb.calls()[0]?.args[0].input).toMatchObject({
      ExpressionAttributeValues: { ':pk': 'BULK_REQUESTS#7001234567', ':sk': `REQUEST#${request.bulkRequestId}` },
    });
  });
});

describe('S3 bulk files (SDK mocked)', () => {
  const client = new S3Client({ region: 'me-central-1' });
  const s3 = mockClient(client);
  const files = new S3BulkFiles(client, 'attachments');
  beforeEach(() => s3.reset());

  it('when a file is read, no more than one byte past the limit is asked for, of the version named', async () => {
    // Prepare
    // What the SDK's body gives: the bytes, on demand.
    s3.on(GetObjectCommand).resolves({ Body: { transformToByteArray: async () => Buffer.from('abc') } as never });
    // Act
    const bytes = await files.read('bulk-requests/7001234567/x', 'v1', 1000);
    // Assess
    expect(Buffer.from(bytes ?? []).toString()).toBe('abc');
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toMatchObject({
      Range: 'bytes=0-1000',
      VersionId: 'v1',
    });
  });

  it('when the file is gone, reading says so; when S3 fails otherwise, the error reaches the caller so the event is retried', async () => {
    // Prepare
    s3.on(GetObjectCommand)
      .rejectsOnce(new NoSuchKey({ message: 'gone', $metadata: {} }))
      .rejects(new Error('SlowDown'));
    // Act
    const gone = await files.read('k', undefined, 10);
    const failing = files.read('k', undefined, 10);
    // Assess
    expect(gone).toBeUndefined();
    await expect(failing).rejects.toThrow('SlowDown');
  });

  it('when a file is removed, the version read is the one deleted', async () => {
    // Act
    await files.remove('k', 'v7');
    // Assess
    expect(s3.commandCalls(DeleteObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'attachments',
      Key: 'k',
      VersionId: 'v7',
    });
  });
});
