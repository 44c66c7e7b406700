import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';

/** The floor for RequestUpload: the same SDK clients, one read and one signed form. */
const dynamodb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const s3 = new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' });

export const handler = async (event: { item: Record<string, unknown>; key?: string }) => {
  await dynamodb.send(new GetCommand({ TableName: process.env.INQUIRIES_TABLE_NAME, Key: { pk: event.item.pk, sk: event.item.sk } }));
  const form = await createPresignedPost(s3, { Bucket: process.env.ATTACHMENTS_BUCKET_NAME!, Key: event.key ?? 'bare', Expires: 600 });
  return { statusCode: 200, body: JSON.stringify(form) };
};
