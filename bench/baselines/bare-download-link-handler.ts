import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/** The floor for GetAttachment: the same SDK clients, one read and one signed link. */
const dynamodb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const s3 = new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' });

export const handler = async (event: { item: Record<string, unknown>; key?: string }) => {
  await dynamodb.send(new GetCommand({ TableName: process.env.INQUIRIES_TABLE_NAME, Key: { pk: event.item.pk, sk: event.item.sk } }));
  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: process.env.ATTACHMENTS_BUCKET_NAME, Key: event.key ?? 'bare' }), { expiresIn: 300 });
  return { statusCode: 200, body: JSON.stringify({ url }) };
};
