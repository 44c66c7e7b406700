import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

/**
 * The floor the service's functions are measured against: the same SDK clients, created once,
 * making one call — no middleware, validation, logging or domain code.
 */
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TableName = process.env.INQUIRIES_TABLE_NAME;

export const handler = async (event: { operation: 'put' | 'get'; item: Record<string, unknown> }) => {
  if (event.operation === 'put') await client.send(new PutCommand({ TableName, Item: event.item }));
  else await client.send(new GetCommand({ TableName, Key: { pk: event.item.pk, sk: event.item.sk } }));
  return { statusCode: 200, body: '' };
};
