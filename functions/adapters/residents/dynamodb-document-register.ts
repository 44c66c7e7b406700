import { createHash } from 'node:crypto';
import {
  type CancellationReason,
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { RESIDENT_TABLE_KEYS } from '../../contract/table-layouts.js';
import type { DueDocuments, DuePage, PagePosition } from '../../domain/reminders/ports.js';
import { EXPIRY_SHARDS } from '../../domain/reminders/reminder-batch.js';
import type { DocumentRegister, UpsertOutcome } from '../../domain/residents/ports.js';
import type { DocumentType, Holder, ResidentDocument } from '../../domain/residents/resident-document.js';
import {
  type ProfileChanges,
  type ResidentProfile,
  reminderContactOf,
} from '../../domain/residents/resident-profile.js';
import type { CalendarDate } from '../../domain/shared/calendar-date.js';
import { ConcurrentChange, IdempotencyClaimTaken } from '../../domain/shared/errors.js';
import type { IdempotencyClaim } from '../../domain/shared/idempotency.js';
import type { Locale } from '../../domain/shared/locale.js';
import { required } from '../../domain/shared/required.js';
import { claimPut } from '../shared/dynamodb-idempotency-claims.js';
import { conditionFailedAt, failedConditionAt, transactWrite } from '../shared/dynamodb-transactions.js';
import { documentItemKey, profileKey, residentPartition, SORT_KEYS } from '../shared/item-keys.js';

/** A document created between the read and the write of a keyed upsert makes it read again; twice is rare already. */
const UPSERT_ATTEMPTS = 3;

/**
 * Whose passports a write must not replace with one that expires sooner: the register's feed lags
 * behind what residents and establishments record, and an establishment behind the resident.
 */
const YIELDS_TO: Record<ResidentDocument['source'], readonly ResidentDocument['source'][]> = {
  REGISTER: ['RESIDENT', 'ESTABLISHMENT'],
  ESTABLISHMENT: ['RESIDENT'],
  RESIDENT: [],
};

type ItemUpdate = NonNullable<NonNullable<TransactWriteCommandInput['TransactItems']>[number]['Update']>;

export const expiryShardOf = (documentId: string, expiresOn: CalendarDate): string =>
  `${expiresOn}#${createHash('sha256').update(documentId).digest().readUInt16BE(0) % EXPIRY_SHARDS}`;

/** A document as the residents table stores it (its keys and index keys aside). */
export interface DocumentItem {
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
    .update(
      JSON.stringify([
        document.type,
        document.number,
        document.expiresOn,
        document.issuedOn ?? null,
        document.holder,
        document.source,
      ]),
    )
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
  return {
    ...documentItemKey(document.iqamaNumber, document.documentId),
    expiryShard: expiryShardOf(document.documentId, document.expiresOn),
    ...item,
  };
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

export class DynamoDbDocumentRegister implements DocumentRegister, DueDocuments {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async profile(iqamaNumber: string): Promise<ResidentProfile | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: profileKey(iqamaNumber),
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    const { pk: _pk, sk: _sk, ...profile } = Item;
    return profile as ResidentProfile;
  }

  async updateProfile(
    iqamaNumber: string,
    changes: ProfileChanges,
    options: { unlessSignedIn?: boolean; claim?: IdempotencyClaim } = {},
  ): Promise<ResidentProfile | undefined> {
    const fields = Object.entries(changes).filter(([, value]) => value !== undefined && value !== null);
    const removals = Object.entries(changes)
      .filter(([, value]) => value === null)
      .map(([name]) => name);
    // Each change to the profile counts up its version, in the order the changes land; a document
    // takes a contact only with a newer version, whatever order the copies arrive in.
    const sets = [
      ...fields.map(([name]) => `#${name} = :${name}`),
      'contactVersion = if_not_exists(contactVersion, :zero) + :one',
    ];
    if (!('smsReminders' in changes)) sets.push('smsReminders = if_not_exists(smsReminders, :on)');
    const key = profileKey(iqamaNumber);
    const update = {
      TableName: this.tableName,
      Key: key,
      UpdateExpression: `SET iqamaNumber = :iqamaNumber, ${sets.join(', ')}${removals.length > 0 ? ` REMOVE ${removals.map((name) => `#${name}`).join(', ')}` : ''}`,
      ...(options.unlessSignedIn && {
        ConditionExpression: 'attribute_not_exists(contactSource) OR contactSource <> :token',
      }),
      ...(fields.length + removals.length > 0 && {
        ExpressionAttributeNames: Object.fromEntries([
          ...fields.map(([name]) => [`#${name}`, name]),
          ...removals.map((name) => [`#${name}`, name]),
        ]),
      }),
      ExpressionAttributeValues: {
        ':iqamaNumber': iqamaNumber,
        ':zero': 0,
        ':one': 1,
        ...Object.fromEntries(fields.map(([name, value]) => [`:${name}`, value])),
        ...(!('smsReminders' in changes) && { ':on': true }),
        ...(options.unlessSignedIn && { ':token': 'TOKEN' }),
      },
    };
    let stored: Record<string, unknown>;
    if (options.claim) {
      if (await this.#updateClaimed(update, options.claim)) return undefined;
      // A transaction returns no values. Read back, the profile may hold a change made since: the
      // newest, which is what every copy settles on anyway.
      const { Item } = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
      );
      stored = required(Item, 'The profile read back after its change');
    } else {
      try {
        const { Attributes } = await this.client.send(new UpdateCommand({ ...update, ReturnValues: 'ALL_NEW' }));
        stored = required(Attributes, 'The profile DynamoDB returns (ALL_NEW) after an update');
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return undefined;
        throw error;
      }
    }
    const { pk: _pk, sk: _sk, contactVersion, ...profile } = stored;
    const updated = profile as unknown as ResidentProfile;
    await this.#copyContactToDocuments(iqamaNumber, updated, contactVersion as number);
    return updated;
  }

  async syncDocumentContacts(iqamaNumber: string): Promise<void> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: profileKey(iqamaNumber),
        ConsistentRead: true,
      }),
    );
    if (Item)
      await this.#copyContactToDocuments(iqamaNumber, Item as ResidentProfile, Number(Item.contactVersion ?? 0));
  }

  async #copyContactToDocuments(iqamaNumber: string, profile: ResidentProfile, version: number) {
    for (const document of await this.documentsOf(iqamaNumber)) await this.#copyContact(document, profile, version);
  }

  /**
   * Writes `update` and the claim in one transaction.
   * @returns why the update's own condition failed (nothing was written), or undefined once written
   */
  async #updateClaimed(update: ItemUpdate, claim: IdempotencyClaim): Promise<CancellationReason | undefined> {
    try {
      await transactWrite(this.client, [{ Update: update }, claimPut(this.tableName, claim)]);
      return undefined;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      if (conditionFailedAt(error, 1))
        throw new IdempotencyClaimTaken('The idempotency key is claimed', { cause: error });
      const refusal = failedConditionAt(error, 0);
      if (refusal) return refusal;
      throw error;
    }
  }

  /**
   * Copies a profile's contact onto one document, unless the document already has a newer one; and
   * onto the holder's own documents the employer, by which the establishment's list finds them.
   */
  async #copyContact(
    document: Pick<ResidentDocument, 'iqamaNumber' | 'documentId' | 'holder'>,
    profile: ResidentProfile,
    version: number,
  ) {
    const contact = reminderContactOf(profile);
    const employer = document.holder.kind === 'RESIDENT' ? profile.establishmentId : undefined;
    const sets = ['locale = :locale', 'smsReminders = :sms', 'contactVersion = :version'];
    const removals: string[] = [];
    if (contact.phone) sets.push('phone = :phone');
    else removals.push('phone');
    if (employer) sets.push('#employer = :employer');
    else removals.push('#employer');
    await this.client
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: documentItemKey(document.iqamaNumber, document.documentId),
          ConditionExpression:
            'attribute_exists(pk) AND (attribute_not_exists(contactVersion) OR contactVersion < :version)',
          UpdateExpression: `SET ${sets.join(', ')}${removals.length > 0 ? ` REMOVE ${removals.join(', ')}` : ''}`,
          ExpressionAttributeNames: { '#employer': RESIDENT_TABLE_KEYS.employer },
          ExpressionAttributeValues: {
            ':locale': contact.locale,
            ':sms': contact.smsReminders,
            ':version': version,
            ...(contact.phone && { ':phone': contact.phone }),
            ...(employer && { ':employer': employer }),
          },
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
          ExpressionAttributeValues: { ':pk': residentPartition(iqamaNumber), ':documents': SORT_KEYS.documentPrefix },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...((page.Items ?? []) as DocumentItem[]));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items.map(toDocument).sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
  }

  async upsert(document: ResidentDocument, claim?: IdempotencyClaim): Promise<UpsertOutcome> {
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
    // A record from a source the writer yields to is replaced only by one that expires no sooner.
    const yieldsTo = YIELDS_TO[document.source];
    const keepsNewer =
      yieldsTo.length === 0
        ? ''
        : ` AND ((${yieldsTo.map((source) => `#source <> :${source.toLowerCase()}`).join(' AND ')}) OR #expiresOn <= :expiresOn)`;
    const values = { ...content, ...contact };
    const write: ItemUpdate = {
      TableName: this.tableName,
      Key: { pk, sk },
      UpdateExpression: `SET ${sets.join(', ')}${removals}`,
      ExpressionAttributeNames: Object.fromEntries(
        Object.keys(values)
          .filter((name) => values[name as keyof typeof values] !== undefined)
          .map((name) => [`#${name}`, name]),
      ),
      ExpressionAttributeValues: Object.fromEntries(
        Object.entries(values)
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => [`:${name}`, value]),
      ),
    };
    const changed = {
      condition: `#contentHash <> :contentHash${keepsNewer}`,
      values: Object.fromEntries(yieldsTo.map((source) => [`:${source.toLowerCase()}`, source])) as Record<
        string,
        string
      >,
      contentHash: content.contentHash,
    };
    if (claim) return this.#upsertClaimed(document, write, changed, claim);
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          ...write,
          ConditionExpression: `attribute_not_exists(pk) OR (${changed.condition})`,
          ExpressionAttributeValues: { ...write.ExpressionAttributeValues, ...changed.values },
          ReturnValues: 'ALL_OLD',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      if (Attributes) return 'updated';
      await this.#copyProfileContact(document);
      return 'created';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        return error.Item?.contentHash?.S === content.contentHash ? 'unchanged' : 'keptNewer';
      throw error;
    }
  }

  /**
   * A keyed upsert: the write and its claim in one transaction. A transaction cannot say whether
   * the document existed, so it is read first and the write made only while that still holds.
   * When nothing is to be written the claim is stored alone, so the key stays bound to this request.
   */
  async #upsertClaimed(
    document: ResidentDocument,
    write: ItemUpdate,
    changed: { condition: string; values: Record<string, string>; contentHash: string },
    claim: IdempotencyClaim,
  ): Promise<UpsertOutcome> {
    for (let attempt = 1; ; attempt++) {
      const { Item: existing } = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: write.Key, ProjectionExpression: 'pk', ConsistentRead: true }),
      );
      const refused = await this.#updateClaimed(
        existing
          ? {
              ...write,
              ConditionExpression: `attribute_exists(pk) AND (${changed.condition})`,
              ExpressionAttributeValues: { ...write.ExpressionAttributeValues, ...changed.values },
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            }
          : { ...write, ConditionExpression: 'attribute_not_exists(pk)' },
        claim,
      );
      if (!refused) {
        if (!existing) await this.#copyProfileContact(document);
        return existing ? 'updated' : 'created';
      }
      if (existing && refused.Item) {
        await this.#putClaim(claim);
        return refused.Item.contentHash?.S === changed.contentHash ? 'unchanged' : 'keptNewer';
      }
      // Created or deleted since it was read.
      if (attempt >= UPSERT_ATTEMPTS) throw new ConcurrentChange('The document kept changing', { cause: refused });
    }
  }

  /**
   * A new document took its contact from the caller, which may be older than the profile by now
   * (an opt-out a moment ago): the profile's, if newer, is copied on, just as a profile change
   * copies it onto every document.
   */
  async #copyProfileContact(document: ResidentDocument) {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: profileKey(document.iqamaNumber),
        ConsistentRead: true,
      }),
    );
    if (Item) await this.#copyContact(document, Item as ResidentProfile, Number(Item.contactVersion ?? 0));
  }

  async #putClaim(claim: IdempotencyClaim) {
    try {
      await this.client.send(new PutCommand(claimPut(this.tableName, claim).Put));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        throw new IdempotencyClaimTaken('The idempotency key is claimed', { cause: error });
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
