import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  CONTACT_SHARDS,
  contactShardOf,
  type EstablishmentContact,
} from '../../domain/establishments/establishment-contact.js';
import type { ContactPage, ContactPosition, EstablishmentContacts } from '../../domain/establishments/ports.js';
import type { Locale } from '../../domain/shared/locale.js';
import { contactShardPartition, establishmentContactKey } from '../shared/item-keys.js';

interface ContactItem {
  pk: string;
  sk: string;
  establishmentId: string;
  phone: string;
  locale: Locale;
  updatedAt: string;
}

const toContact = (item: ContactItem): EstablishmentContact => ({
  establishmentId: item.establishmentId,
  phone: item.phone,
  locale: item.locale,
});

/**
 * Establishments' contacts in the residents table, one partition per contact shard: only the calls
 * of CONTACT_REMEMBER_ACTIONS (contactOf, remember) and CONTACT_SHARD_READ_ACTIONS (inShard).
 */
export class DynamoDbEstablishmentContacts implements EstablishmentContacts {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async contactOf(establishmentId: string): Promise<EstablishmentContact | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: establishmentContactKey(contactShardOf(establishmentId), establishmentId),
      }),
    );
    return Item && toContact(Item as ContactItem);
  }

  async remember(contact: EstablishmentContact, now: Date): Promise<void> {
    const item: ContactItem = {
      ...establishmentContactKey(contactShardOf(contact.establishmentId), contact.establishmentId),
      ...contact,
      updatedAt: now.toISOString(),
    };
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: item }));
  }

  async inShard(shard: number, page: { limit: number; from?: ContactPosition }): Promise<ContactPage> {
    if (!Number.isInteger(shard) || shard < 0 || shard >= CONTACT_SHARDS)
      throw new RangeError(`No contact shard ${shard}`);
    const {
      Items = [],
      LastEvaluatedKey,
      ScannedCount,
    } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': contactShardPartition(shard) },
        Limit: page.limit,
        ExclusiveStartKey: page.from,
      }),
    );
    return {
      items: (Items as ContactItem[]).map(toContact),
      itemsRead: ScannedCount ?? Items.length,
      ...(LastEvaluatedKey && { next: LastEvaluatedKey }),
    };
  }
}
