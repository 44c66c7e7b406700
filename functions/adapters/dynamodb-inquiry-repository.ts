import { setTimeout } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { IdempotencyKeyReused, ReferenceTaken, ValidationFailed } from '../core/errors.js';
import type { Inquiry } from '../core/inquiry.js';
import type { CreatedInquiry, IdempotencyClaim, InquiryPage, InquiryRepository } from '../core/ports.js';
import { type Reference, parseReference } from '../core/reference.js';

/** Key layout of the inquiries table; the CDK table construct declares the same names. */
export const INQUIRY_TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  byCreatedAtIndex: 'byCreatedAt',
  createdAt: 'createdAt',
  timeToLive: 'expiresAt',
} as const;

/** Concurrent duplicates settle within one transaction's time; a few short retries absorb them. */
const CONFLICT_ATTEMPTS = 4;
const CONFLICT_BACKOFF_MS = 20;

const residentKey = (residentId: string) => `RESIDENT#${residentId}`;
const inquiryKey = (reference: Reference) => `INQUIRY#${reference}`;

interface CursorPosition {
  sk: string;
  createdAt: string;
}

const CURSOR_CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const encodeCursor = (position: CursorPosition): string =>
  Buffer.from(JSON.stringify([position.sk, position.createdAt])).toString('base64url');

const invalidCursor = (cause?: unknown) =>
  new ValidationFailed([{ pointer: '/query/cursor', code: 'invalid_cursor' }], { cause });

/** Accepts only what encodeCursor produced for an inquiry: anything else is the caller's mistake. */
const decodeCursor = (cursor: string): CursorPosition => {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw invalidCursor(cause);
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw invalidCursor();
  const [sk, createdAt] = decoded as unknown[];
  if (typeof sk !== 'string' || typeof createdAt !== 'string' || !CURSOR_CREATED_AT.test(createdAt)) throw invalidCursor();
  const reference = sk.startsWith('INQUIRY#') ? parseReference(sk.slice('INQUIRY#'.length)) : undefined;
  if (!reference || inquiryKey(reference) !== sk) throw invalidCursor();
  return { sk, createdAt };
};

type StoredInquiry = Inquiry & { pk: string; sk: string; entity: 'INQUIRY' };

const fromItem = (item: Record<string, unknown>): Inquiry => {
  const { pk: _pk, sk: _sk, entity: _entity, ...inquiry } = item as unknown as StoredInquiry;
  return inquiry;
};

const conditionFailedAt = (error: TransactionCanceledException, index: number) =>
  error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed';

export class DynamoDbInquiryRepository implements InquiryRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(inquiry: Inquiry, idempotency?: IdempotencyClaim): Promise<CreatedInquiry> {
    const pk = residentKey(inquiry.residentId);
    const nowSeconds = Math.floor(Date.parse(inquiry.createdAt) / 1000);
    const claimItem = idempotency && {
      Put: {
        TableName: this.tableName,
        Item: {
          pk,
          sk: `IDEMPOTENCY#${idempotency.key}`,
          entity: 'IDEMPOTENCY',
          fingerprint: idempotency.fingerprint,
          reference: inquiry.reference,
          [INQUIRY_TABLE_KEYS.timeToLive]: Math.floor(idempotency.expiresAt.getTime() / 1000),
        },
        // TTL deletion lags by up to days, so an expired claim counts as absent.
        ConditionExpression: 'attribute_not_exists(pk) OR #ttl < :now',
        ExpressionAttributeNames: { '#ttl': INQUIRY_TABLE_KEYS.timeToLive },
        ExpressionAttributeValues: { ':now': nowSeconds },
      },
    };
    const items = [
      ...(claimItem ? [claimItem] : []),
      {
        Put: {
          TableName: this.tableName,
          Item: { pk: `REFERENCE#${inquiry.reference}`, sk: 'REFERENCE', entity: 'REFERENCE', residentId: inquiry.residentId },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: { ...inquiry, pk, sk: inquiryKey(inquiry.reference), entity: 'INQUIRY' } satisfies StoredInquiry,
        },
      },
    ];
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(new TransactWriteCommand({ TransactItems: items }));
        return { inquiry, replayed: false };
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        if (idempotency && conditionFailedAt(error, 0)) return this.#replay(inquiry.residentId, idempotency, error);
        if (conditionFailedAt(error, claimItem ? 1 : 0)) throw new ReferenceTaken('Reference already exists', { cause: error });
        // A concurrent request with the same key is mid-flight; once it lands, this one replays it.
        const conflicted = error.CancellationReasons?.some((reason) => reason.Code === 'TransactionConflict');
        if (!conflicted || attempt >= CONFLICT_ATTEMPTS) throw error;
        await setTimeout(CONFLICT_BACKOFF_MS * attempt * (0.5 + Math.random()));
      }
    }
  }

  async #replay(residentId: string, idempotency: IdempotencyClaim, cause: Error): Promise<CreatedInquiry> {
    const { Item: claim } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: residentKey(residentId), sk: `IDEMPOTENCY#${idempotency.key}` },
        ConsistentRead: true,
      }),
    );
    if (!claim || claim.fingerprint !== idempotency.fingerprint) {
      throw new IdempotencyKeyReused('Idempotency key was first used for a different request', { cause });
    }
    const inquiry = await this.findForResident(residentId, claim.reference as Reference);
    if (!inquiry) throw new Error('Idempotency claim points at a missing inquiry', { cause });
    return { inquiry, replayed: true };
  }

  async findForResident(residentId: string, reference: Reference): Promise<Inquiry | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: residentKey(residentId), sk: inquiryKey(reference) } }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async listForResident(residentId: string, page: { limit: number; cursor?: string }): Promise<InquiryPage> {
    const pk = residentKey(residentId);
    const start = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
    const { Items = [], LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: INQUIRY_TABLE_KEYS.byCreatedAtIndex,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: start && { pk, ...start },
      }),
    );
    return {
      items: Items.map(fromItem),
      nextCursor: LastEvaluatedKey && encodeCursor(LastEvaluatedKey as unknown as CursorPosition),
    };
  }
}
