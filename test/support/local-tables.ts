import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { TABLE_LOGICAL_ID_PREFIXES } from '../../functions/contract/construct-ids.js';
import { LOCAL_AWS } from '../../lib/local/dynamodb-local.js';
import { synthesizeSystem } from '../../lib/local/synthesized-templates.js';
import { ensureTables, tablesOf } from '../../lib/local/template-tables.js';

/**
 * Fresh copies of synthesized tables (found by the start of their logical IDs) in the shared
 * DynamoDB Local, under unique names so that test files cannot see each other's data.
 */
export const freshTables = async <K extends keyof typeof TABLE_LOGICAL_ID_PREFIXES>(wanted: readonly K[]) => {
  const client = new DynamoDBClient({ endpoint: inject('dynamodbEndpoint'), ...LOCAL_AWS });
  const tables = tablesOf(synthesizeSystem().dataTemplate);
  const names = {} as Record<K, string>;
  for (const name of wanted) {
    const prefix = TABLE_LOGICAL_ID_PREFIXES[name];
    const table = tables.find((candidate) => candidate.logicalId.startsWith(prefix));
    if (!table) throw new Error(`The synthesized data stack has no table ${prefix}…`);
    names[name] = `${table.logicalId}-${randomUUID()}`;
    // Without TTL: DynamoDB Local deletes expired items by the machine's clock, while tests run on
    // clocks of their own (a claim written on a 2026 test clock would vanish on a machine in 2031).
    await ensureTables(client, [
      { ...table, timeToLiveAttribute: undefined, input: { ...table.input, TableName: names[name] } },
    ]);
  }
  return {
    client,
    documentClient: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    names,
  };
};

export const freshInquiriesTable = async () => {
  const { client, documentClient, names } = await freshTables(['inquiries']);
  return { client, documentClient, tableName: names.inquiries };
};
