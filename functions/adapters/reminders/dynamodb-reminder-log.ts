import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  type PutCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { REMINDER_LOG_KEYS } from '../../contract/table-layouts.js';
import type { LogKey, PageCursors, ReminderLog, SkipReason } from '../../domain/reminders/ports.js';

/** Records are kept a year (PDPL: no longer than their purpose), then DynamoDB's TTL removes them. */
const RETENTION_SECONDS = 366 * 24 * 60 * 60;
/** A sweep is over within hours; its page positions need not outlive two days. */
const CURSOR_RETENTION_SECONDS = 2 * 24 * 60 * 60;

/** A digest's key cannot meet a reminder's: document ids are base64url, never holding a `#`. */
const keyOf = (key: LogKey) => ({
  [REMINDER_LOG_KEYS.partitionKey]:
    'establishmentId' in key
      ? `DIGEST#${key.establishmentId}#${key.date}`
      : `${key.documentId}#${key.expiresOn}#${key.leadDays}`,
});
const epochSeconds = (now: Date) => Math.floor(now.getTime() / 1000);
const ignoreFailedCondition = (error: unknown) => {
  if (!(error instanceof ConditionalCheckFailedException)) throw error;
};

type Status = 'SENDING' | 'SENT' | 'SKIPPED' | 'RELEASED';

export class DynamoDbReminderLog implements ReminderLog, PageCursors {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(key: LogKey, now: Date): Promise<'claimed' | 'SENT' | 'SKIPPED' | 'SENDING'> {
    try {
      await this.#putUnlessHeld(key, { status: 'SENDING', claimedAt: now.toISOString() }, now, {
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      });
      return 'claimed';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        return (error.Item?.status?.S ?? 'SENDING') as Exclude<Status, 'RELEASED'>;
      throw error;
    }
  }

  async markSent(key: LogKey, now: Date): Promise<void> {
    await this.#setStatus(key, 'SENDING', 'SENT', now);
  }

  async release(key: LogKey, now: Date): Promise<void> {
    await this.#setStatus(key, 'SENDING', 'RELEASED', now);
  }

  /** Moves a claim on; an entry that is missing or moved on already is left alone (never created without its TTL). */
  async #setStatus(key: LogKey, from: Status, to: Status, now: Date) {
    await this.client
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keyOf(key),
          UpdateExpression: 'SET #status = :to, updatedAt = :at',
          ConditionExpression: '#status = :from',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':from': from, ':to': to, ':at': now.toISOString() },
        }),
      )
      .catch(ignoreFailedCondition);
  }

  async recordSkip(key: LogKey, reason: SkipReason, now: Date): Promise<boolean> {
    try {
      await this.#putUnlessHeld(key, { status: 'SKIPPED', reason, at: now.toISOString() }, now);
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /**
   * Writes the entry of `key`, kept a year, only where there is none or a released claim (its send
   * certainly failed, so the reminder may be claimed again or skipped); otherwise the failed
   * condition is thrown, for the caller to read.
   */
  async #putUnlessHeld(
    key: LogKey,
    entry: { status: Status } & Record<string, unknown>,
    now: Date,
    onFailure: Pick<PutCommandInput, 'ReturnValuesOnConditionCheckFailure'> = {},
  ) {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keyOf(key), ...entry, [REMINDER_LOG_KEYS.timeToLive]: epochSeconds(now) + RETENTION_SECONDS },
        ConditionExpression: `attribute_not_exists(${REMINDER_LOG_KEYS.partitionKey}) OR #status = :released`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':released': 'RELEASED' },
        ...onFailure,
      }),
    );
  }

  async save(position: Record<string, unknown>, now: Date): Promise<string> {
    const id = randomUUID();
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          [REMINDER_LOG_KEYS.partitionKey]: `CURSOR#${id}`,
          position,
          [REMINDER_LOG_KEYS.timeToLive]: epochSeconds(now) + CURSOR_RETENTION_SECONDS,
        },
      }),
    );
    return id;
  }

  async load(id: string): Promise<Record<string, unknown>> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [REMINDER_LOG_KEYS.partitionKey]: `CURSOR#${id}` },
        ConsistentRead: true,
      }),
    );
    if (!Item) throw new Error('Page cursor not found: it expired, or was never saved');
    return Item.position as Record<string, unknown>;
  }
}
