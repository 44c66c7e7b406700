import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

/** The floor for the attachment functions: the DynamoDB and S3 clients, one call each at most. */
const dynamodb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const s3 = new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' });
const TableName = process.env.INQUIRIES_TABLE_NAME;

export const handler = async (event: { operation: 'put' | 'get' | 'head'; item: Record<string, unknown>; key?: string }) => {
  if (event.operation === 'put') await dynamodb.send(new PutCommand({ TableName, Item: event.item }));
  else if (event.operation === 'get') await dynamodb.send(new GetCommand({ TableName, Key: { pk: event.item.pk, sk: event.item.sk } }));
  else await s3.send(new HeadObjectCommand({ Bucket: process.env.ATTACHMENTS_BUCKET_NAME, Key: event.key })).catch(() => undefined);
  return { statusCode: 200, body: '' };
};
