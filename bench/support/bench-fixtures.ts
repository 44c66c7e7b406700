import { pathToFileURL } from 'node:url';
import type { S3Client } from '@aws-sdk/client-s3';
import { BatchWriteCommand, type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { inquiryPartition } from '../../functions/adapters/shared/item-keys.js';
import { ENVIRONMENT } from '../../functions/contract/environment.js';
import { generateReference } from '../../functions/domain/inquiries/reference.js';
import type { Bench } from '../scenarios/scenario.js';
import { isApiAnswer } from './function-answers.js';
import { LAMBDA_CONTEXT } from './lambda-context.js';

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

/** A value rewritten under another identifier: every mention of the old one (keys, the reference, the queue key) changes. */
export const rekeyed = <T>(value: T, from: string, to: string): T =>
  JSON.parse(JSON.stringify(value).replaceAll(from, to)) as T;

/**
 * The fixtures scenarios build on: functions run in this process from their deployed bundles (the
 * environment set beforehand), reads and copies of what they stored, and the stand-ins' SMS.
 */
export const createBench = (options: {
  tables: Bench['tables'];
  buckets: Bench['buckets'];
  reviewStateMachine: string;
  db: DynamoDBDocumentClient;
  s3: S3Client;
  bundleOf: (fn: string) => string;
  lastSms: (phone: string) => string;
}): Bench => {
  const handlers = new Map<string, Promise<Handler>>();
  const handlerOf = (fn: string) => {
    if (!handlers.has(fn))
      handlers.set(
        fn,
        import(pathToFileURL(options.bundleOf(fn)).href).then((module: { handler: Handler }) => module.handler),
      );
    return handlers.get(fn)!;
  };
  const invoke = async (fn: string, event: unknown) => {
    const result = await (await handlerOf(fn))(event, LAMBDA_CONTEXT);
    if (isApiAnswer(result) && result.statusCode >= 300)
      throw new Error(`${fn} answered ${result.statusCode} while building a fixture: ${result.body}`);
    return result;
  };
  const partitions = new Map<string, Record<string, unknown>[]>();
  return {
    ...options,
    invoke,
    invokeApi: async (fn, event) => {
      const answer = await invoke(fn, event);
      if (!isApiAnswer(answer)) throw new Error(`${fn} gave no API answer: ${JSON.stringify(answer)}`);
      return JSON.parse(answer.body);
    },
    copyInquiry: async (reference) => {
      if (!partitions.has(reference)) {
        const { Items = [] } = await options.db.send(
          new QueryCommand({
            TableName: options.tables.inquiries,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': inquiryPartition(reference) },
            ConsistentRead: true,
          }),
        );
        if (Items.length === 0 || Items.length > 25)
          throw new Error(`Cannot copy inquiry ${reference}: ${Items.length} items`);
        partitions.set(reference, Items);
      }
      const copy = generateReference();
      const items = rekeyed(partitions.get(reference)!, reference, copy);
      await options.db.send(
        new BatchWriteCommand({
          RequestItems: { [options.tables.inquiries]: items.map((Item) => ({ PutRequest: { Item } })) },
        }),
      );
      return copy;
    },
    item: async (table, key) => {
      const { Item } = await options.db.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
      if (!Item) throw new Error(`No item ${JSON.stringify(key)} in ${table}`);
      return Item;
    },
    withClockOffset: async (offsetMs, action) => {
      process.env[ENVIRONMENT.localClockOffsetMs] = String(offsetMs);
      try {
        return await action();
      } finally {
        delete process.env[ENVIRONMENT.localClockOffsetMs];
      }
    },
  };
};
