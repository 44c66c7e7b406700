import { setTimeout } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ATTACHMENT_LIMITS, type Attachment, holdsAPlace } from '../../domain/attachments/attachment.js';
import type { AttachmentRepository, UploadDecision } from '../../domain/attachments/ports.js';
import type { TimelineEntry } from '../../domain/inquiries/inquiry.js';
import { type InquiryOwner, ownerIdsOf } from '../../domain/inquiries/inquiry-owner.js';
import type { Reference } from '../../domain/inquiries/reference.js';
import {
  AttachmentLimitReached,
  ConcurrentChange,
  IdempotencyClaimTaken,
  InquiryNotFound,
} from '../../domain/shared/errors.js';
import type { IdempotencyClaim } from '../../domain/shared/idempotency.js';
import { claimPut } from '../shared/dynamodb-idempotency-claims.js';
import { conditionFailedAt, conflicted } from '../shared/dynamodb-transactions.js';
import { attachmentItemKey, inquiryKey, SORT_KEYS } from '../shared/item-keys.js';

const ADD_ATTEMPTS = 6;

type StoredAttachment = Attachment & { pk: string; sk: string; entity: 'ATTACHMENT' };

const fromItem = (item: Record<string, unknown>): Attachment => {
  const { pk: _pk, sk: _sk, entity: _entity, ...attachment } = item as unknown as StoredAttachment;
  return attachment;
};

/**
 * Attachments live in their inquiry's partition (`ATTACHMENT#<id>` beside `INQUIRY`). The
 * inquiry carries a version number that every new attachment bumps in the same transaction, so
 * two uploads requested at once cannot both take the last free place. A keyed request's claim is
 * the transaction's third item.
 */
export class DynamoDbAttachmentRepository implements AttachmentRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async addPending(owner: InquiryOwner, attachment: Attachment, now: Date, claim?: IdempotencyClaim): Promise<void> {
    const reference = attachment.inquiryReference;
    const [own, employee] = ownerIdsOf(owner);
    for (let attempt = 1; attempt <= ADD_ATTEMPTS; attempt++) {
      const { Items = [] } = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': inquiryKey(reference).pk },
          ProjectionExpression: 'sk, residentId, attachmentsVersion, #status, uploadExpiresAt',
          ExpressionAttributeNames: { '#status': 'status' },
          ConsistentRead: true,
        }),
      );
      const inquiry = Items.find((item) => item.sk === 'INQUIRY');
      if (!inquiry || (inquiry.residentId !== own && inquiry.residentId !== employee))
        throw new InquiryNotFound('No such inquiry for this resident');
      const places = Items.filter(
        (item) => String(item.sk).startsWith(SORT_KEYS.attachmentPrefix) && holdsAPlace(item as Attachment, now),
      ).length;
      if (places >= ATTACHMENT_LIMITS.perInquiry)
        throw new AttachmentLimitReached(`Inquiry already has ${places} attachments`);
      const version = (inquiry.attachmentsVersion as number | undefined) ?? 0;
      try {
        await this.#transact([
          {
            Update: {
              TableName: this.tableName,
              Key: inquiryKey(reference),
              UpdateExpression: 'SET attachmentsVersion = :next',
              ConditionExpression:
                'residentId IN (:own, :employee) AND (attribute_not_exists(attachmentsVersion) OR attachmentsVersion = :version)',
              ExpressionAttributeValues: {
                ':next': version + 1,
                ':version': version,
                ':own': own,
                ':employee': employee,
              },
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...attachment,
                ...attachmentItemKey(reference, attachment.attachmentId),
                entity: 'ATTACHMENT',
              } satisfies StoredAttachment,
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...(claim ? [claimPut(this.tableName, claim)] : []),
        ]);
        return;
      } catch (error) {
        if (claim && error instanceof TransactionCanceledException && conditionFailedAt(error, 2)) {
          throw new IdempotencyClaimTaken('The idempotency key is claimed', { cause: error });
        }
        const raced =
          error instanceof TransactionCanceledException && (conditionFailedAt(error, 0) || conflicted(error));
        if (!raced) throw error;
        await setTimeout(10 * attempt * (0.5 + Math.random()));
      }
    }
    throw new ConcurrentChange('The inquiry changed while the attachment was being added');
  }

  async list(reference: Reference): Promise<Attachment[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :attachments)',
        ExpressionAttributeValues: { ':pk': inquiryKey(reference).pk, ':attachments': SORT_KEYS.attachmentPrefix },
        ConsistentRead: true,
      }),
    );
    return Items.map(fromItem).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async find(reference: Reference, attachmentId: string): Promise<Attachment | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: attachmentItemKey(reference, attachmentId),
        ConsistentRead: true,
      }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async decide(attachment: Attachment, decision: UploadDecision, entry: TimelineEntry): Promise<boolean> {
    const reason = decision.status === 'REJECTED' ? decision.reason : undefined;
    try {
      await this.#transact([
        {
          Update: {
            TableName: this.tableName,
            Key: attachmentItemKey(attachment.inquiryReference, attachment.attachmentId),
            UpdateExpression: `SET #status = :status, decidedAt = :at, #object = :object${reason ? ', reason = :reason' : ''}`,
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status', '#object': 'object' },
            ExpressionAttributeValues: {
              ':status': decision.status,
              ':pending': 'PENDING',
              ':at': entry.at,
              ':object': decision.object,
              ...(reason && { ':reason': reason }),
            },
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: inquiryKey(attachment.inquiryReference),
            UpdateExpression: 'SET timeline = list_append(timeline, :entry), updatedAt = :at',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':entry': [entry], ':at': entry.at },
          },
        },
      ]);
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException && conditionFailedAt(error, 0)) return false;
      throw error;
    }
  }

  /** One attempt, without retries: each caller reads the cancellation's reasons itself. */
  async #transact(items: NonNullable<TransactWriteCommandInput['TransactItems']>) {
    await this.client.send(new TransactWriteCommand({ TransactItems: items }));
  }
}
