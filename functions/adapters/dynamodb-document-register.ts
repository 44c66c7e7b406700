import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CalendarDate } from '../core/documents/calendar-date.js';
import type { DocumentRegister, DuePage, ResidentProfile, UpsertOutcome } from '../core/documents/ports.js';
import { EXPIRY_SHARDS } from '../core/documents/reminder-sweep.js';
import type { DocumentType, Holder, ResidentDocument } from '../core/documents/resident-document.js';
import type { Locale } from '../core/locale.js';

/** Key layout of the residents table; the CDK table construct declares the same names. */
export const RESIDENT_TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Documents by expiry date, spread over EXPIRY_SHARDS partitions per date. */
  byExpiryIndex: 'byExpiry',
  expiryShard: 'expiryShard',
} as const;

/** The only attributes the expiry index copies: what a reminder needs, and no document number or name. */
export const EXPIRY_INDEX_ATTRIBUTES = ['documentId', 'documentType', 'expiresOn', 'dependent', 'phone', 'locale', 'smsReminders'];

const residentKey = (iqamaNumber: string) => `RESIDENT#${iqamaNumber}`;
const PROFILE = 'PROFILE';
const DOCUMENT_PREFIX = 'DOCUMENT#';

export const expiryShardOf = (documentId: string, expiresOn: CalendarDate): string =>
  `${expiresOn}#${createHash('sha256').update(documentId).digest().readUInt16BE(0) % EXPIRY_SHARDS}`;

interface DocumentItem {
  iqamaNumber: string;
  documentId: string;
  documentType: DocumentType;
  number: string;
  expiresOn: CalendarDate;
  issuedOn?: CalendarDate;
  holder: Holder;
  dependent: boolean;
  phone?: string;
  locale: Locale;
  smsReminders: boolean;
  source: ResidentDocument['source'];
  contentHash: string;
}

/** What makes two versions of a document the same; the contact copy is kept up to date separately. */
const contentHashOf = (document: ResidentDocument) =>
  createHash('sha256')
    .update(JSON.stringify([document.type, document.number, document.expiresOn, document.issuedOn ?? null, document.holder, document.source]))
    .digest('base64url');

/** The item a document is stored as, keys included: one definition for writes, seeding and tests. */
export const documentItemOf = (document: ResidentDocument) => {
  const item: DocumentItem = {
    iqamaNumber: document.iqamaNumber,
    documentId: document.documentId,
    documentType: document.type,
    number: document.number,
    expiresOn: document.expiresOn,
    ...(document.issuedOn && { issuedOn: document.issuedOn }),
    holder: document.holder,
    dependent: document.holder.kind === 'DEPENDENT',
    ...(document.contact.phone && { phone: document.contact.phone }),
    locale: document.contact.locale,
    smsReminders: document.contact.smsReminders,
    source: document.source,
    contentHash: contentHashOf(document),
  };
  return { pk: residentKey(document.iqamaNumber), sk: `${DOCUMENT_PREFIX}${document.documentId}`, expiryShard: expiryShardOf(document.documentId, document.expiresOn), ...item };
};

const toDocument = (item: DocumentItem): ResidentDocument => ({
  iqamaNumber: item.iqamaNumber,
  documentId: item.documentId,
  type: item.documentType,
  number: item.number,
  expiresOn: item.expiresOn,
  ...(item.issuedOn && { issuedOn: item.issuedOn }),
  holder: item.holder,
  contact: { phone: item.phone, locale: item.locale, smsReminders: item.smsReminders },
  source: item.source,
});

const encodeCursor = (key: Record<string, unknown> | undefined) => (key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined);
const decodeCursor = (cursor: string | undefined) => (cursor ? (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>) : undefined);

export class DynamoDbDocumentRegister implements DocumentRegister {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async profile(iqamaNumber: string): Promise<ResidentProfile | undefined> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: { pk: residentKey(iqamaNumber), sk: PROFILE }, ConsistentRead: true }));
    if (!Item) return undefined;
    const { pk: _pk, sk: _sk, ...profile } = Item;
    return profile as ResidentProfile;
  }

  async saveProfile(profile: ResidentProfile): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: { pk: residentKey(profile.iqamaNumber), sk: PROFILE, ...profile } }));
    const contact = { phone: profile.phone, locale: profile.preferredLocale ?? profile.signedInLocale ?? 'ar', smsReminders: profile.smsReminders };
    for (const document of await this.documentsOf(profile.iqamaNumber)) {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: residentKey(profile.iqamaNumber), sk: `${DOCUMENT_PREFIX}${document.documentId}` },
          ConditionExpression: 'attribute_exists(pk)',
          UpdateExpression: contact.phone ? 'SET phone = :phone, locale = :locale, smsReminders = :sms' : 'SET locale = :locale, smsReminders = :sms REMOVE phone',
          ExpressionAttributeValues: { ':locale': contact.locale, ':sms': contact.smsReminders, ...(contact.phone && { ':phone': contact.phone }) },
        }),
      ).catch((error: unknown) => {
        // Deleted meanwhile: nothing to keep up to date.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
    }
  }

  async documentsOf(iqamaNumber: string): Promise<ResidentDocument[]> {
    const items: DocumentItem[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :documents)',
          ExpressionAttributeValues: { ':pk': residentKey(iqamaNumber), ':documents': DOCUMENT_PREFIX },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...((page.Items ?? []) as DocumentItem[]));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items.map(toDocument).sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
  }

  async upsert(document: ResidentDocument): Promise<UpsertOutcome> {
    const item = documentItemOf(document);
    // The register's feed may lag behind a passport the resident has just recorded: never go back to an older one.
    const keepsNewer = document.source === 'REGISTER' ? ' AND (#source <> :resident OR expiresOn <= :expiresOn)' : '';
    try {
      const { Attributes } = await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: `attribute_not_exists(pk) OR (contentHash <> :hash${keepsNewer})`,
          ExpressionAttributeNames: keepsNewer ? { '#source': 'source' } : undefined,
          ExpressionAttributeValues: { ':hash': item.contentHash, ...(keepsNewer && { ':resident': 'RESIDENT', ':expiresOn': document.expiresOn }) },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return Attributes ? 'updated' : 'created';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'unchanged';
      throw error;
    }
  }

  async dueOn(expiresOn: CalendarDate, shard: number, page: { limit: number; cursor?: string }): Promise<DuePage> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: RESIDENT_TABLE_KEYS.byExpiryIndex,
        KeyConditionExpression: '#shard = :shard',
        ExpressionAttributeNames: { '#shard': RESIDENT_TABLE_KEYS.expiryShard },
        ExpressionAttributeValues: { ':shard': `${expiresOn}#${shard}` },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor),
      }),
    );
    const items = (result.Items ?? []) as DocumentItem[];
    return {
      items: items.map((item) => ({
        documentId: item.documentId,
        type: item.documentType,
        expiresOn: item.expiresOn,
        dependent: item.dependent,
        contact: { phone: item.phone, locale: item.locale, smsReminders: item.smsReminders },
      })),
      itemsRead: result.ScannedCount ?? items.length,
      ...(result.LastEvaluatedKey && { cursor: encodeCursor(result.LastEvaluatedKey) }),
    };
  }
}
