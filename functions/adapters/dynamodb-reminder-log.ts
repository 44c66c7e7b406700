import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ReminderKey, ReminderLog, SkipReason } from '../core/documents/ports.js';

export const REMINDER_LOG_KEYS = { partitionKey: 'reminder', timeToLive: 'expiresAt' } as const;

/** Records are kept a year (PDPL: no longer than their purpose), then DynamoDB's TTL removes them. */
const RETENTION_SECONDS = 366 * 24 * 60 * 60;

const keyOf = (key: ReminderKey) => ({ [REMINDER_LOG_KEYS.partitionKey]: `${key.documentId}#${key.expiresOn}#${key.leadDays}` });
const expiresAt = (now: Date) => Math.floor(now.getTime() / 1000) + RETENTION_SECONDS;

export class DynamoDbReminderLog implements ReminderLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(key: ReminderKey, now: Date): Promise<'claimed' | 'SENT' | 'SKIPPED' | 'SENDING'> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keyOf(key), status: 'SENDING', claimedAt: now.toISOString(), [REMINDER_LOG_KEYS.timeToLive]: expiresAt(now) },
          ConditionExpression: `attribute_not_exists(${REMINDER_LOG_KEYS.partitionKey})`,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return (error.Item?.status?.S ?? 'SENDING') as 'SENT' | 'SKIPPED' | 'SENDING';
      throw error;
    }
  }

  async markSent(key: ReminderKey, now: Date): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keyOf(key),
        UpdateExpression: 'SET #status = :sent, sentAt = :at',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':sent': 'SENT', ':at': now.toISOString() },
      }),
    );
  }

  async release(key: ReminderKey): Promise<void> {
    await this.client
      .send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keyOf(key),
          ConditionExpression: '#status = :sending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sending': 'SENDING' },
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
  }

  async recordSkip(key: ReminderKey, reason: SkipReason, now: Date): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keyOf(key), status: 'SKIPPED', reason, at: now.toISOString(), [REMINDER_LOG_KEYS.timeToLive]: expiresAt(now) },
          ConditionExpression: `attribute_not_exists(${REMINDER_LOG_KEYS.partitionKey})`,
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
