import {
  CONTACT_SHARDS,
  contactShardOf,
  type EstablishmentContact,
} from '../../functions/domain/establishments/establishment-contact.js';
import type {
  ContactPage,
  ContactPosition,
  DueDocumentCounts,
  EmployeeDocumentCounts,
  EstablishmentContacts,
} from '../../functions/domain/establishments/ports.js';
import type { CalendarDate } from '../../functions/domain/shared/calendar-date.js';

/** Establishments' contacts in memory, by shard in the order they were first stored, as DynamoDB pages them. */
export class InMemoryEstablishmentContacts implements EstablishmentContacts {
  readonly contacts = new Map<string, EstablishmentContact>();
  /** How many times a contact was written: a sign-in that changed nothing writes nothing. */
  writes = 0;

  async contactOf(establishmentId: string) {
    return this.contacts.get(establishmentId);
  }

  async remember(contact: EstablishmentContact) {
    this.writes++;
    this.contacts.set(contact.establishmentId, { ...contact });
  }

  async inShard(shard: number, page: { limit: number; from?: ContactPosition }): Promise<ContactPage> {
    if (shard < 0 || shard >= CONTACT_SHARDS) throw new RangeError(`No contact shard ${shard}`);
    const all = [...this.contacts.values()].filter((c) => contactShardOf(c.establishmentId) === shard);
    const start = page.from ? Number(page.from.index) : 0;
    const items = all.slice(start, start + page.limit);
    const end = start + items.length;
    return { items, itemsRead: items.length, ...(end < all.length && { next: { index: end } }) };
  }
}

/** Employees' documents' expiry dates by establishment, counted as the employer index counts them. */
export class InMemoryEmployeeDocumentCounts implements EmployeeDocumentCounts {
  readonly expiries = new Map<string, CalendarDate[]>();

  add(establishmentId: string, ...expiresOn: CalendarDate[]) {
    this.expiries.set(establishmentId, [...(this.expiries.get(establishmentId) ?? []), ...expiresOn]);
  }

  async dueCounts(establishmentId: string, today: CalendarDate, lastDay: CalendarDate): Promise<DueDocumentCounts> {
    const dates = this.expiries.get(establishmentId) ?? [];
    const expiring = dates.filter((date) => date >= today && date <= lastDay).length;
    const expired = dates.filter((date) => date < today).length;
    return { expiring, expired, itemsRead: expiring + expired };
  }
}
