import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { INQUIRY_TABLE_KEYS } from '../../contract/table-layouts.js';
import type { Section } from '../../domain/inquiries/categories.js';
import { type Inquiry, type InquiryStatus, isOpen } from '../../domain/inquiries/inquiry.js';
import { type InquiryOwner, isOwnedBy, ownerIdsOf } from '../../domain/inquiries/inquiry-owner.js';
import type { InquiryPage, InquiryRepository } from '../../domain/inquiries/ports.js';
import { parseReference, type Reference } from '../../domain/inquiries/reference.js';
import type { Transition } from '../../domain/review/transitions.js';
import {
  ConcurrentChange,
  IdempotencyClaimTaken,
  ReferenceTaken,
  ValidationFailed,
} from '../../domain/shared/errors.js';
import type { IdempotencyClaim } from '../../domain/shared/idempotency.js';
import { claimPut } from '../shared/dynamodb-idempotency-claims.js';
import { conditionFailedAt, transactWrite } from '../shared/dynamodb-transactions.js';
import { inquiryKey, referenceOfPartition } from '../shared/item-keys.js';

/** A task token is replaced only when a wait begins: a keyed transition meets a new one rarely, and twice hardly ever. */
const TOKEN_ATTEMPTS = 3;

/** Where a page ended: the last inquiry and its sort value in the index that was read. */
interface CursorPosition {
  reference: Reference;
  sortValue: string;
}

/**
 * Whose list a cursor belongs to (a resident's, a section's queue), as a short digest that names
 * no one. It only lets a cursor used on another list be told apart (400): the start key is rebuilt
 * from the caller's own identity whatever a cursor says, so a forged one can only page the
 * caller's own list.
 */
const listDigest = (list: string) => createHash('sha256').update(list).digest('base64url').slice(0, 16);

const CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const QUEUE_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+03:00#(TW-[0-9A-Z-]{14})$/;

const encodeCursor = (position: CursorPosition, list: string): string =>
  Buffer.from(JSON.stringify([position.reference, position.sortValue, listDigest(list)])).toString('base64url');

const invalidCursor = (cause?: unknown) =>
  new ValidationFailed([{ pointer: '/query/cursor', code: 'invalid_cursor' }], { cause });

/** Accepts only what encodeCursor produced for this index and this list: anything else is the caller's mistake. */
const decodeCursor = (cursor: string, sortPattern: RegExp, list: string): CursorPosition => {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw invalidCursor(cause);
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw invalidCursor();
  const [reference, sortValue, digest] = decoded as unknown[];
  if (digest !== listDigest(list)) throw invalidCursor();
  if (typeof reference !== 'string' || typeof sortValue !== 'string' || !sortPattern.test(sortValue))
    throw invalidCursor();
  if (parseReference(reference) !== reference) throw invalidCursor();
  const queued = QUEUE_KEY.exec(sortValue);
  if (queued && queued[1] !== reference) throw invalidCursor();
  return { reference, sortValue } as CursorPosition;
};

/** Where one of a merged list's partitions stopped: not begun, after an inquiry, or read to its end. */
type MergedPosition = CursorPosition | undefined | 'END';

const encodeMergedCursor = (positions: readonly MergedPosition[], list: string): string =>
  Buffer.from(
    JSON.stringify([
      ...positions.map((position) =>
        position === 'END' ? 'END' : position ? [position.reference, position.sortValue] : null,
      ),
      listDigest(list),
    ]),
  ).toString('base64url');

/** Accepts only what encodeMergedCursor produced for this resident's list. */
const decodeMergedCursor = (cursor: string, list: string): [MergedPosition, MergedPosition] => {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw invalidCursor(cause);
  }
  if (!Array.isArray(decoded) || decoded.length !== 3 || decoded[2] !== listDigest(list)) throw invalidCursor();
  const position = (value: unknown): MergedPosition => {
    if (value === 'END') return 'END';
    if (value === null) return undefined;
    if (!Array.isArray(value) || value.length !== 2) throw invalidCursor();
    const [reference, sortValue] = value as unknown[];
    if (typeof reference !== 'string' || typeof sortValue !== 'string' || !CREATED_AT.test(sortValue))
      throw invalidCursor();
    if (parseReference(reference) !== reference) throw invalidCursor();
    return { reference, sortValue } as CursorPosition;
  };
  const positions: [MergedPosition, MergedPosition] = [position(decoded[0]), position(decoded[1])];
  // A list read to the end of both has no cursor: one that says so was not given out.
  if (positions.every((end) => end === 'END')) throw invalidCursor();
  return positions;
};

type StoredInquiry = Inquiry & {
  pk: string;
  sk: string;
  entity: 'INQUIRY';
  attachmentsVersion?: number;
  reviewSection?: string;
  queueKey?: string;
  /** The establishment-list index's key: the establishment that filed it, if one did. */
  submittingEstablishment?: string;
  /** The review workflow's current callback token; it never leaves the repository. */
  taskToken?: string;
};

export const inquiryFromItem = (item: Record<string, unknown>): Inquiry => {
  const {
    pk: _pk,
    sk: _sk,
    entity: _entity,
    attachmentsVersion: _version,
    reviewSection: _section,
    queueKey: _queue,
    submittingEstablishment: _establishment,
    taskToken: _token,
    ...inquiry
  } = item as unknown as StoredInquiry;
  return inquiry;
};

/**
 * What the review workflow may change. The rest of an inquiry is written once, and its timeline only
 * ever grows (attachments append to it concurrently), so neither is rewritten here.
 */
const WORKFLOW_FIELDS = [
  'status',
  'updatedAt',
  'expectedResponseBy',
  'escalated',
  'requestedDocuments',
  'pausedAt',
  'replyDueBy',
  'replyReminderSent',
  'replyRequestReachedAt',
  'replyRequestUnreached',
  'rejectedBy',
  'appealDueBy',
  'appealed',
  'closedAt',
  'closeReason',
  'rating',
  'internalNotes',
  'revision',
  INQUIRY_TABLE_KEYS.reviewSection,
  INQUIRY_TABLE_KEYS.queueKey,
] as const;

/** SET for what the transition leaves defined, REMOVE for what it clears. */
const transitionUpdate = (transition: Transition) => {
  const after: Record<string, unknown> = { ...transition.after, ...queueAttributes(transition.after) };
  const names: Record<string, string> = { '#timeline': 'timeline' };
  const values: Record<string, unknown> = { ':appended': transition.appended, ':empty': [] };
  const set = ['#timeline = list_append(if_not_exists(#timeline, :empty), :appended)'];
  const remove: string[] = [];
  WORKFLOW_FIELDS.forEach((field, index) => {
    names[`#f${index}`] = field;
    if (after[field] === undefined) remove.push(`#f${index}`);
    else {
      set.push(`#f${index} = :f${index}`);
      values[`:f${index}`] = after[field];
    }
  });
  const before = transition.before.revision;
  names['#revision'] = 'revision';
  if (before !== undefined) values[':before'] = before;
  return {
    UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
    ConditionExpression:
      before === undefined ? 'attribute_exists(pk) AND attribute_not_exists(#revision)' : '#revision = :before',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
};

/** The attributes that put an open inquiry in its section's review queue, soonest due first. */
const queueAttributes = (inquiry: Inquiry) =>
  isOpen(inquiry.status)
    ? { reviewSection: inquiry.section, queueKey: `${inquiry.expectedResponseBy}#${inquiry.reference}` }
    : {};

/**
 * Inquiries keyed by their reference, which makes a conditional write enough to keep references
 * unique; a resident's list comes from the `byResident` index, an establishment's from `byEstablishment`. A keyed submission or transition
 * writes its idempotency claim in the same transaction, so claim and change exist together or not
 * at all.
 */
export class DynamoDbInquiryRepository implements InquiryRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(inquiry: Inquiry, claim?: IdempotencyClaim): Promise<void> {
    const put = {
      TableName: this.tableName,
      Item: {
        ...inquiry,
        ...queueAttributes(inquiry),
        ...(inquiry.submittedBy && { submittingEstablishment: inquiry.submittedBy.establishmentId }),
        ...inquiryKey(inquiry.reference),
        entity: 'INQUIRY',
      } satisfies StoredInquiry,
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    if (!claim) {
      try {
        await this.client.send(new PutCommand(put));
        return;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException)
          throw new ReferenceTaken('Reference already exists', { cause: error });
        throw error;
      }
    }
    try {
      await transactWrite(this.client, [claimPut(this.tableName, claim), { Put: put }]);
    } catch (error) {
      if (error instanceof TransactionCanceledException && conditionFailedAt(error, 0))
        throw new IdempotencyClaimTaken('The idempotency key is claimed', { cause: error });
      if (error instanceof TransactionCanceledException && conditionFailedAt(error, 1))
        throw new ReferenceTaken('Reference already exists', { cause: error });
      throw error;
    }
  }

  async findForResident(owner: InquiryOwner, reference: Reference): Promise<Inquiry | undefined> {
    const inquiry = await this.findByReference(reference);
    return inquiry && isOwnedBy(inquiry, owner) ? inquiry : undefined;
  }

  async findByReference(reference: Reference): Promise<Inquiry | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: inquiryKey(reference), ConsistentRead: true }),
    );
    return Item ? inquiryFromItem(Item) : undefined;
  }

  /**
   * Two partitions of the `byResident` index merged newest first: the resident's own inquiries and
   * those filed for their iqama number. The cursor keeps where each one stopped, or that it ended.
   */
  async listForResident(owner: InquiryOwner, page: { limit: number; cursor?: string }): Promise<InquiryPage> {
    const owners = ownerIdsOf(owner);
    const list = `resident:${owner.id}`;
    const starts = page.cursor === undefined ? [undefined, undefined] : decodeMergedCursor(page.cursor, list);
    const pages = await Promise.all(
      owners.map((ownerId, index) => {
        const start = starts[index];
        if (start === 'END') return { items: [], more: false };
        return this.#newestFirst(INQUIRY_TABLE_KEYS.byResidentIndex, INQUIRY_TABLE_KEYS.residentId, ownerId, {
          limit: page.limit,
          start,
        });
      }),
    );
    const merged = pages
      .flatMap(({ items }, source) => items.map((inquiry) => ({ inquiry, source })))
      .sort((a, b) =>
        a.inquiry.createdAt < b.inquiry.createdAt ? 1 : a.inquiry.createdAt > b.inquiry.createdAt ? -1 : 0,
      )
      .slice(0, page.limit);
    const ends = pages.map(({ items, more }, source): MergedPosition => {
      const taken = merged.filter((entry) => entry.source === source);
      const last = taken.at(-1)?.inquiry;
      if (!more && taken.length === items.length) return 'END';
      return last ? { reference: last.reference, sortValue: last.createdAt } : starts[source];
    });
    return {
      items: merged.map(({ inquiry }) => inquiry),
      ...(ends.some((end) => end !== 'END') && { nextCursor: encodeMergedCursor(ends, list) }),
    };
  }

  async listForEstablishment(establishmentId: string, page: { limit: number; cursor?: string }): Promise<InquiryPage> {
    const list = `establishment:${establishmentId}`;
    const start = page.cursor === undefined ? undefined : decodeCursor(page.cursor, CREATED_AT, list);
    const { items, more } = await this.#newestFirst(
      INQUIRY_TABLE_KEYS.byEstablishmentIndex,
      INQUIRY_TABLE_KEYS.submittingEstablishment,
      establishmentId,
      { limit: page.limit, start },
    );
    const last = items.at(-1);
    return {
      items,
      ...(more && last && { nextCursor: encodeCursor({ reference: last.reference, sortValue: last.createdAt }, list) }),
    };
  }

  /** One partition of an index sorted by `createdAt`, newest first, after `start` if given. */
  async #newestFirst(
    indexName: string,
    partitionAttribute: string,
    partition: string,
    page: { limit: number; start: CursorPosition | undefined },
  ): Promise<{ items: Inquiry[]; more: boolean }> {
    const { Items = [], LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexName,
        KeyConditionExpression: '#partition = :partition',
        ExpressionAttributeNames: { '#partition': partitionAttribute },
        ExpressionAttributeValues: { ':partition': partition },
        ScanIndexForward: false,
        Limit: page.limit,
        // The start key is rebuilt from the caller's own identity: a cursor cannot point elsewhere.
        ExclusiveStartKey: page.start && {
          ...inquiryKey(page.start.reference),
          [partitionAttribute]: partition,
          [INQUIRY_TABLE_KEYS.createdAt]: page.start.sortValue,
        },
      }),
    );
    return { items: Items.map(inquiryFromItem), more: LastEvaluatedKey !== undefined };
  }

  async applyTransition(transition: Transition, claim?: IdempotencyClaim): Promise<{ taskToken?: string }> {
    if (claim) return this.#applyClaimedTransition(transition, claim);
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: inquiryKey(transition.after.reference),
          ...transitionUpdate(transition),
          ReturnValues: 'ALL_NEW',
        }),
      );
      const taskToken = (Attributes as StoredInquiry | undefined)?.taskToken;
      return taskToken ? { taskToken } : {};
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        throw new ConcurrentChange('The inquiry changed meanwhile', { cause: error });
      throw error;
    }
  }

  /**
   * The transition and its claim in one transaction. A transaction returns no values, so the task
   * token is read first and the write made only while it still holds: the token handed back is the
   * one the workflow waited with when the change landed, as `ALL_NEW` gives it without a claim.
   */
  async #applyClaimedTransition(transition: Transition, claim: IdempotencyClaim): Promise<{ taskToken?: string }> {
    const key = inquiryKey(transition.after.reference);
    for (let attempt = 1; ; attempt++) {
      const { Item } = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: key,
          ProjectionExpression: 'taskToken, #revision',
          ExpressionAttributeNames: { '#revision': 'revision' },
          ConsistentRead: true,
        }),
      );
      if (!Item || Item.revision !== transition.before.revision)
        throw new ConcurrentChange('The inquiry changed meanwhile');
      const taskToken = Item.taskToken as string | undefined;
      const update = transitionUpdate(transition);
      try {
        await transactWrite(this.client, [
          {
            Update: {
              TableName: this.tableName,
              Key: key,
              ...update,
              ConditionExpression: `(${update.ConditionExpression}) AND ${taskToken === undefined ? 'attribute_not_exists(#token)' : '#token = :token'}`,
              ExpressionAttributeNames: { ...update.ExpressionAttributeNames, '#token': 'taskToken' },
              ExpressionAttributeValues: {
                ...update.ExpressionAttributeValues,
                ...(taskToken !== undefined && { ':token': taskToken }),
              },
            },
          },
          claimPut(this.tableName, claim),
        ]);
        return taskToken ? { taskToken } : {};
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        if (conditionFailedAt(error, 1))
          throw new IdempotencyClaimTaken('The idempotency key is claimed', { cause: error });
        if (!conditionFailedAt(error, 0)) throw error;
        if (attempt >= TOKEN_ATTEMPTS) throw new ConcurrentChange('The inquiry kept changing', { cause: error });
        // The next read tells a new revision (refused) from a new task token (tried again with it).
      }
    }
  }

  async recordTaskToken(reference: Reference, status: InquiryStatus, taskToken: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: inquiryKey(reference),
          UpdateExpression: 'SET taskToken = :token',
          ConditionExpression: '#status = :status AND attribute_not_exists(closedAt)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':token': taskToken, ':status': status },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async markReplyRequestSeen(reference: Reference, at: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: inquiryKey(reference),
          UpdateExpression: 'SET #seen = :at',
          ConditionExpression: '#status = :waiting AND (attribute_not_exists(#seen) OR #seen < #pausedAt)',
          ExpressionAttributeNames: { '#status': 'status', '#seen': 'replyRequestSeenAt', '#pausedAt': 'pausedAt' },
          ExpressionAttributeValues: { ':at': at, ':waiting': 'NEEDS_INFO' },
        }),
      );
    } catch (error) {
      // Answered meanwhile, or seen already since the request: nothing to note.
      if (error instanceof ConditionalCheckFailedException) return;
      throw error;
    }
  }

  async listReviewQueue(
    section: Section,
    page: { status?: InquiryStatus; dueBy?: string; limit: number; cursor?: string },
  ): Promise<InquiryPage> {
    const list = `section:${section}`;
    const start = page.cursor === undefined ? undefined : decodeCursor(page.cursor, QUEUE_KEY, list);
    const { Items = [], LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: INQUIRY_TABLE_KEYS.reviewQueueIndex,
        // A queue key is the due time, then `#` and the reference: `~` sorts after every reference.
        KeyConditionExpression: `#section = :section${page.dueBy ? ' AND #queueKey <= :dueBy' : ''}`,
        ...(page.status && { FilterExpression: '#status = :status' }),
        ExpressionAttributeNames: {
          '#section': INQUIRY_TABLE_KEYS.reviewSection,
          ...(page.dueBy && { '#queueKey': INQUIRY_TABLE_KEYS.queueKey }),
          ...(page.status && { '#status': 'status' }),
        },
        ExpressionAttributeValues: {
          ':section': section,
          ...(page.dueBy && { ':dueBy': `${page.dueBy}#~` }),
          ...(page.status && { ':status': page.status }),
        },
        ScanIndexForward: true,
        Limit: page.limit,
        // Rebuilt from the requested section: a cursor cannot lead into another section's queue.
        ExclusiveStartKey: start && {
          ...inquiryKey(start.reference),
          reviewSection: section,
          queueKey: start.sortValue,
        },
      }),
    );
    const last = LastEvaluatedKey as { pk: string; queueKey: string } | undefined;
    return {
      items: Items.map(inquiryFromItem),
      nextCursor:
        last && encodeCursor({ reference: referenceOfPartition(last.pk) as Reference, sortValue: last.queueKey }, list),
    };
  }
}
