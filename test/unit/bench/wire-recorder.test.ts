import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, GetItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installWireRecorder, startRecording, stopRecording } from '../../../bench/support/wire-recorder.js';

const credentials = { accessKeyId: 'bench', secretAccessKey: 'bench' };
const server = createServer((request, response) => {
  request.resume().on('end', () => {
    const xml = request.url?.includes('tagging');
    const body = xml ? '<Tagging><TagSet></TagSet></Tagging>' : '{}';
    response.writeHead(200, {
      'content-type': xml ? 'application/xml' : 'application/x-amz-json-1.0',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  });
});
let endpoint: string;

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('the wire recorder', () => {
  it('when a DynamoDB client sends while recording, it records the operation, the table and the bytes each way', async () => {
    // Prepare
    installWireRecorder({ dynamodb: endpoint });
    const client = new DynamoDBClient({ endpoint, region: 'me-central-1', credentials });

    // Act
    startRecording();
    await client.send(
      new GetItemCommand({ TableName: 'Inquiries', Key: { pk: { S: 'INQUIRY#TW-1' }, sk: { S: 'INQUIRY' } } }),
    );
    await client.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: 'Inquiries', Item: { pk: { S: 'a' } } } },
          {
            Update: {
              TableName: 'Residents',
              Key: { pk: { S: 'b' } },
              UpdateExpression: 'SET x = :x',
              ExpressionAttributeValues: { ':x': { N: '1' } },
            },
          },
        ],
      }),
    );
    const calls = await stopRecording();

    // Assess
    expect(calls).toEqual([
      {
        service: 'dynamodb',
        operation: 'GetItem',
        target: 'Inquiries',
        requestBytes: expect.any(Number),
        responseBytes: 2,
      },
      {
        service: 'dynamodb',
        operation: 'TransactWriteItems',
        target: 'Put:Inquiries,Update:Residents',
        requestBytes: expect.any(Number),
        responseBytes: 2,
      },
    ]);
    expect(calls[0]!.requestBytes).toBeGreaterThan(50);
  });

  it('when an S3 client asks for an object’s tags, it records the operation on the bucket', async () => {
    // Prepare
    installWireRecorder({ s3: endpoint });
    const client = new S3Client({ endpoint, region: 'me-central-1', credentials, forcePathStyle: true });

    // Act
    startRecording();
    await client.send(new GetObjectTaggingCommand({ Bucket: 'attachments', Key: 'attachments/TW-1/a' }));
    const calls = await stopRecording();

    // Assess
    expect(calls).toEqual([
      { service: 's3', operation: 'GetObjectTagging', target: 'attachments', requestBytes: 0, responseBytes: 36 },
    ]);
  });

  it('when not recording, it records nothing', async () => {
    // Prepare
    installWireRecorder({ dynamodb: endpoint });
    const client = new DynamoDBClient({ endpoint, region: 'me-central-1', credentials });

    // Act
    await client.send(new GetItemCommand({ TableName: 'Inquiries', Key: { pk: { S: 'x' } } }));
    startRecording();
    const calls = await stopRecording();

    // Assess
    expect(calls).toEqual([]);
  });
});
