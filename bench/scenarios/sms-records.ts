import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { messageKey } from '../../functions/adapters/sms/dynamodb-message-log.js';
import { MESSAGE_TABLE_KEYS, SMS_SPEND_PARTITION_PREFIX } from '../../functions/contract/table-layouts.js';
import type { Locale } from '../../functions/domain/shared/locale.js';
import type { MessageRecord } from '../../functions/domain/sms/message-record.js';
import { measureSms } from '../../functions/domain/sms/sms-parts.js';
import type { SmsPurpose } from '../../functions/domain/sms/sms-purpose.js';
import { DEFAULT_SMS_PRICE_PER_PART_USD } from '../../lib/aws/config.js';
import { dynamodb, type SdkCall } from '../baselines/sdk-plan.js';
import type { Bench, Scenario } from './scenario.js';

const KEPT_SECONDS = 400 * 24 * 60 * 60;

/** A message record as the sending functions write it, for a message the baseline names itself. */
const recordOf = (purpose: SmsPurpose, locale: Locale, text: string, messageId = randomUUID()): MessageRecord => {
  const { encoding, parts } = measureSms(text);
  return {
    messageId,
    purpose,
    locale,
    encoding,
    parts,
    sentAt: new Date().toISOString(),
    delivery: 'PENDING',
    estimatedUsd: parts * DEFAULT_SMS_PRICE_PER_PART_USD,
  };
};

const itemOf = (record: MessageRecord) => ({
  ...record,
  ...messageKey(record.messageId),
  ...(record.purpose.kind === 'INQUIRY_NOTICE' && {
    [MESSAGE_TABLE_KEYS.subject]: `INQUIRY#${record.purpose.reference}`,
  }),
  [MESSAGE_TABLE_KEYS.timeToLive]: Math.floor(Date.now() / 1000) + KEPT_SECONDS,
});

const spendUpdate = (bench: Bench, usd: number) =>
  dynamodb('UpdateCommand', {
    TableName: bench.tables.messages,
    Key: { [MESSAGE_TABLE_KEYS.partitionKey]: `${SMS_SPEND_PARTITION_PREFIX}${new Date().toISOString().slice(0, 7)}` },
    UpdateExpression: 'ADD spentUsd :usd SET #expires = if_not_exists(#expires, :expires)',
    ExpressionAttributeNames: { '#expires': MESSAGE_TABLE_KEYS.timeToLive },
    ExpressionAttributeValues: { ':usd': usd, ':expires': Math.floor(Date.now() / 1000) + KEPT_SECONDS },
  });

/** What every SMS sent costs besides its Publish: its record Put, and its month's spend added to. */
export const smsRecordCalls = (bench: Bench, purpose: SmsPurpose, locale: Locale, text: string): SdkCall[] => {
  const record = recordOf(purpose, locale, text);
  return [
    dynamodb('PutCommand', {
      TableName: bench.tables.messages,
      Item: itemOf(record),
      ConditionExpression: 'attribute_not_exists(#pk)',
      ExpressionAttributeNames: { '#pk': MESSAGE_TABLE_KEYS.partitionKey },
    }),
    spendUpdate(bench, record.estimatedUsd),
  ];
};

/** The month's spend read before a sweep's send, as the SMS budget reads it. */
export const spendRead = (bench: Bench): SdkCall =>
  dynamodb('GetCommand', {
    TableName: bench.tables.messages,
    Key: { [MESSAGE_TABLE_KEYS.partitionKey]: `${SMS_SPEND_PARTITION_PREFIX}${new Date().toISOString().slice(0, 7)}` },
    ConsistentRead: true,
  });

/** A delivery log line as SNS writes it for a message, handed on as a subscription filter does. */
const receiptEvent = (messageId: string) => ({
  awslogs: {
    data: gzipSync(
      JSON.stringify({
        messageType: 'DATA_MESSAGE',
        owner: '000000000000',
        logGroup: 'sns/me-central-1/000000000000/DirectPublishToPhoneNumber',
        logStream: 'bench',
        subscriptionFilters: ['bench'],
        logEvents: [
          {
            id: messageId,
            timestamp: Date.now(),
            message: JSON.stringify({
              notification: { messageId, timestamp: new Date().toISOString() },
              delivery: {
                destination: '+966500000001',
                priceInUSD: 0.03,
                providerResponse: 'Message has been accepted by phone carrier',
              },
              status: 'SUCCESS',
            }),
          },
        ],
      }),
    ).toString('base64'),
  },
});

export const SMS_RECEIPT_SCENARIOS: Scenario[] = [
  {
    fn: 'RecordSmsDeliveryFunction',
    prepare: async (bench) => {
      // Each request a receipt of a message of its own, recorded beforehand as its sender records it.
      const recorded = async () => {
        const record = recordOf(
          { kind: 'EXPIRY_REMINDER', documentId: randomUUID(), expiresOn: '2027-01-01', leadDays: 30 },
          'ar',
          'تواصل: تنتهي إقامتك خلال 30 يومًا',
        );
        await bench.db.send(new PutCommand({ TableName: bench.tables.messages, Item: itemOf(record) }));
        return record;
      };
      return {
        event: async () => receiptEvent((await recorded()).messageId),
        calls: async () => {
          const record = await recorded();
          return [
            dynamodb('GetCommand', {
              TableName: bench.tables.messages,
              Key: messageKey(record.messageId),
              ConsistentRead: true,
            }),
            dynamodb('UpdateCommand', {
              TableName: bench.tables.messages,
              Key: messageKey(record.messageId),
              UpdateExpression:
                'SET delivery = :status, providerResponse = :response, priceUsd = :price, receiptAt = :at',
              ConditionExpression: 'delivery = :pending',
              ExpressionAttributeValues: {
                ':status': 'DELIVERED',
                ':response': 'Message has been accepted by phone carrier',
                ':price': 0.03,
                ':at': new Date().toISOString(),
                ':pending': 'PENDING',
              },
            }),
            spendUpdate(bench, 0.03 - record.estimatedUsd),
            dynamodb('GetCommand', {
              TableName: bench.tables.messages,
              Key: {
                [MESSAGE_TABLE_KEYS.partitionKey]: `${SMS_SPEND_PARTITION_PREFIX}${new Date().toISOString().slice(0, 7)}`,
              },
              ConsistentRead: true,
            }),
          ];
        },
      };
    },
  },
];
