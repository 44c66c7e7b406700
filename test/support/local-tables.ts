import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { LOCAL_AWS } from '../../functions/local/dynamodb-local.js';
import { synthesizeSystem } from '../../functions/local/synthesized-templates.js';
import { ensureTables, tablesOf } from '../../functions/local/template-tables.js';

/**
 * A fresh copy of the synthesized inquiries table in the shared DynamoDB Local, under a unique
 * name so that test files cannot see each other's data.
 */
export const freshInquiriesTable = async () => {
  const client = new DynamoDBClient({ endpoint: inject('dynamodbEndpoint'), ...LOCAL_AWS });
  const [table] = tablesOf(synthesizeSystem().dataTemplate);
  const tableName = `${table!.logicalId}-${randomUUID()}`;
  await ensureTables(client, [{ ...table!, input: { ...table!.input, TableName: tableName } }]);
  return { client, documentClient: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }), tableName };
};
