import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CalendarDate } from '../core/calendar-date.js';
import { type DocumentRegister, type DuePage, type PagePosition, type ProfileChanges, type ResidentProfile, type UpsertOutcome, reminderContactOf } from '../core/documents/ports.js';
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

  async updateProfile(iqamaNumber: string, changes: ProfileChanges, options: { unlessSignedIn?: boolean } = {}): Promise<ResidentProfile | undefined> {
    const fields = Object.entries(changes).filter(([, value]) => value !== undefined);
    // Each change to the profile counts up its version, in the order the changes land; a document
    // takes a contact only with a newer version, whatever order the copies arrive in.
    const sets = [...fields.map(([name]) => `#${name} = :${name}`), 'contactVersion = if_not_exists(contactVersion, :zero) + :one'];
    if (!('smsReminders' in changes)) sets.push('smsReminders = if_not_exists(smsReminders, :on)');
    let updated: ResidentProfile;
    let version: number;
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: residentKey(iqamaNumber), sk: PROFILE },
          UpdateExpression: `SET iqamaNumber = :iqamaNumber, ${sets.join(', ')}`,
          ...(options.unlessSignedIn && { ConditionExpression: 'attribute_not_exists(contactSource) OR contactSource <> :token' }),
          ...(fields.length > 0 && { ExpressionAttributeNames: Object.fromEntries(fields.map(([name]) => [`#${name}`, name])) }),
          ExpressionAttributeValues: {
            ':iqamaNumber': iqamaNumber,
            ':zero': 0,
            ':one': 1,
            ...Object.fromEntries(fields.map(([name, value]) => [`:${name}`, value])),
            ...(!('smsReminders' in changes) && { ':on': true }),
            ...(options.unlessSignedIn && { ':token': 'TOKEN' }),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const { pk: _pk, sk: _sk, contactVersion, ...profile } = Attributes!;
      updated = profile as ResidentProfile;
      version = contactVersion as number;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
    for (const document of await this.documentsOf(iqamaNumber)) await this.#copyContact(iqamaNumber, document.documentId, updated, version);
    return updated;
  }

  /** Copies a profile's contact onto one document, unless the document already has a newer one. */
  async #copyContact(iqamaNumber: string, documentId: string, profile: ResidentProfile, version: number) {
    const contact = reminderContactOf(profile);
    await this.client
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: residentKey(iqamaNumber), sk: `${DOCUMENT_PREFIX}${documentId}` },
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(contactVersion) OR contactVersion < :version)',
          UpdateExpression: `SET locale = :locale, smsReminders = :sms, contactVersion = :version${contact.phone ? ', phone = :phone' : ' REMOVE phone'}`,
          ExpressionAttributeValues: { ':locale': contact.locale, ':sms': contact.smsReminders, ':version': version, ...(contact.phone && { ':phone': contact.phone }) },
        }),
      )
      .catch((error: unknown) => {
        // Deleted meanwhile, or a newer change got there first: nothing to do.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
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
    const { pk, sk, phone, locale, smsReminders, ...content } = documentItemOf(document);
    const contact = { phone, locale, smsReminders };
    // The document's own fields are replaced; its contact copy is kept when it exists, since the
    // profile keeps it up to date and the caller's copy may be older.
    const sets = [
      ...Object.keys(content).map((name) => `#${name} = :${name}`),
      ...Object.entries(contact)
        .filter(([, value]) => value !== undefined)
        .map(([name]) => `#${name} = if_not_exists(#${name}, :${name})`),
    ];
    const removals = document.issuedOn ? '' : ' REMOVE issuedOn';
    // The register's feed may lag behind a passport the resident has just recorded: never go back to an older one.
    const keepsNewer = document.source === 'REGISTER' ? ' AND (#source <> :resident OR #expiresOn <= :expiresOn)' : '';
    const values = { ...content, ...contact };
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk, sk },
          UpdateExpression: `SET ${sets.join(', ')}${removals}`,
          ConditionExpression: `attribute_not_exists(pk) OR (#contentHash <> :contentHash${keepsNewer})`,
          ExpressionAttributeNames: Object.fromEntries(Object.keys(values).filter((name) => values[name as keyof typeof values] !== undefined).map((name) => [`#${name}`, name])),
          ExpressionAttributeValues: {
            ...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined).map(([name, value]) => [`:${name}`, value])),
            ...(keepsNewer && { ':resident': 'RESIDENT' }),
          },
          ReturnValues: 'ALL_OLD',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      if (Attributes) return 'updated';
      // The contact given may be older than the profile by now (an opt-out a moment ago): the
      // profile's, if newer, is copied on, just as a profile change copies it onto every document.
      const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: { pk, sk: PROFILE }, ConsistentRead: true }));
      if (Item) await this.#copyContact(document.iqamaNumber, document.documentId, Item as ResidentProfile, Number(Item.contactVersion ?? 0));
      return 'created';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return error.Item?.contentHash?.S === content.contentHash ? 'unchanged' : 'keptNewer';
      throw error;
    }
  }

  async dueOn(expiresOn: CalendarDate, shard: number, page: { limit: number; from?: PagePosition }): Promise<DuePage> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: RESIDENT_TABLE_KEYS.byExpiryIndex,
        KeyConditionExpression: '#shard = :shard',
        ExpressionAttributeNames: { '#shard': RESIDENT_TABLE_KEYS.expiryShard },
        ExpressionAttributeValues: { ':shard': `${expiresOn}#${shard}` },
        Limit: page.limit,
        ExclusiveStartKey: page.from,
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
      ...(result.LastEvaluatedKey && { next: result.LastEvaluatedKey }),
    };
  }
}
