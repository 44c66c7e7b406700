import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { MESSAGE_TABLE_KEYS, SMS_SPEND_PARTITION_PREFIX } from '../../contract/table-layouts.js';
import type { Reference } from '../../domain/inquiries/reference.js';
import { billingMonthOf, type DeliveryReceipt, type MessageRecord } from '../../domain/sms/message-record.js';
import type { MessageLog, ReceiptOutcome } from '../../domain/sms/ports.js';

const { partitionKey, bySubjectIndex, subject, timeToLive } = MESSAGE_TABLE_KEYS;

/** Records are kept 400 days: a year of a resident's messages, and the month the oldest was billed in. */
const KEPT_SECONDS = 400 * 24 * 60 * 60;

/** The key of a message's record; the local runtime waits for one before it plays the message's receipt. */
export const messageKey = (messageId: string) => ({ [partitionKey]: `MESSAGE#${messageId}` });
const spendKey = (month: string) => ({ [partitionKey]: `${SMS_SPEND_PARTITION_PREFIX}${month}` });
const subjectOf = (record: MessageRecord) =>
  record.purpose.kind === 'INQUIRY_NOTICE' ? `INQUIRY#${record.purpose.reference}` : undefined;

const toRecord = (item: Record<string, unknown>): MessageRecord => {
  const { [partitionKey]: _key, [subject]: _subject, [timeToLive]: _expires, ...record } = item;
  return record as unknown as MessageRecord;
};

/**
 * SMS records in the messages table. The month's spend is one item that each send and receipt adds
 * to (UpdateItem ADD, which concurrent writers never conflict on), apart from the record's own
 * write: a transaction per SMS would make every concurrent send conflict on that one item. A
 * failure between the two leaves the month's spend one message off, which the account's SNS spend
 * limit still bounds.
 */
export class DynamoDbMessageLog implements MessageLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(record: MessageRecord): Promise<void> {
    const item = {
      ...record,
      ...messageKey(record.messageId),
      ...(subjectOf(record) && { [subject]: subjectOf(record) }),
      [timeToLive]: Math.floor(Date.parse(record.sentAt) / 1000) + KEPT_SECONDS,
    };
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': partitionKey },
        }),
      );
    } catch (error) {
      // SNS gives each message its own id: the record is there already from an earlier attempt.
      if (error instanceof ConditionalCheckFailedException) return;
      throw error;
    }
    await this.addSpend(billingMonthOf(new Date(record.sentAt)), record.estimatedUsd, record.sentAt);
  }

  async applyReceipt(receipt: DeliveryReceipt): Promise<ReceiptOutcome> {
    const found = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: messageKey(receipt.messageId), ConsistentRead: true }),
    );
    if (!found.Item) return { outcome: 'unknown' };
    const record = toRecord(found.Item);
    if (record.delivery !== 'PENDING') return { outcome: 'repeated', record };
    const applied: MessageRecord = {
      ...record,
      delivery: receipt.status,
      providerResponse: receipt.providerResponse,
      priceUsd: receipt.priceUsd,
      receiptAt: receipt.at,
    };
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: messageKey(receipt.messageId),
          UpdateExpression: 'SET delivery = :status, providerResponse = :response, priceUsd = :price, receiptAt = :at',
          ConditionExpression: 'delivery = :pending',
          ExpressionAttributeValues: {
            ':status': receipt.status,
            ':response': receipt.providerResponse,
            ':price': receipt.priceUsd,
            ':at': receipt.at,
            ':pending': 'PENDING',
          },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return { outcome: 'repeated', record };
      throw error;
    }
    await this.addSpend(billingMonthOf(new Date(record.sentAt)), receipt.priceUsd - record.estimatedUsd, record.sentAt);
    return { outcome: 'applied', record: applied };
  }

  async forInquiry(reference: Reference): Promise<MessageRecord[]> {
    const records: MessageRecord[] = [];
    let from: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: bySubjectIndex,
          KeyConditionExpression: '#subject = :subject',
          ExpressionAttributeNames: { '#subject': subject },
          ExpressionAttributeValues: { ':subject': `INQUIRY#${reference}` },
          ExclusiveStartKey: from,
        }),
      );
      records.push(...(page.Items ?? []).map(toRecord));
      from = page.LastEvaluatedKey;
    } while (from);
    return records;
  }

  async monthSpend(month: string): Promise<number> {
    const found = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: spendKey(month), ConsistentRead: true }),
    );
    return Number(found.Item?.spentUsd ?? 0);
  }

  private async addSpend(month: string, usd: number, at: string): Promise<void> {
    if (usd === 0) return;
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: spendKey(month),
        UpdateExpression: 'ADD spentUsd :usd SET #expires = if_not_exists(#expires, :expires)',
        ExpressionAttributeNames: { '#expires': timeToLive },
        ExpressionAttributeValues: { ':usd': usd, ':expires': Math.floor(Date.parse(at) / 1000) + KEPT_SECONDS },
      }),
    );
  }
}
