import type { DocumentType, ResidentDocument } from '../residents/resident-document.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { EstablishmentContact } from './establishment-contact.js';

/** One of an employee's own documents as an establishment's list shows it: no dependent's, no contact. */
export type EmployeeDocument = Pick<
  ResidentDocument,
  'iqamaNumber' | 'documentId' | 'type' | 'number' | 'expiresOn' | 'issuedOn'
>;

export interface EmployeeDocumentPage {
  items: EmployeeDocument[];
  nextCursor?: string;
}

/** The documents establishments' employees hold, by the establishment their register line names. */
export interface EmployeeDirectory {
  /**
   * The documents of the establishment's employees, the soonest expiry first, a page at a time: one
   * index partition read, whatever the establishment's size. The index follows the register a
   * moment late, so a caller checks each row's current sponsor.
   * @throws ValidationFailed when the cursor is not one given for this very list
   */
  documentsByExpiry(
    establishmentId: string,
    query: { expiresBy?: CalendarDate; documentType?: DocumentType; limit: number; cursor?: string },
  ): Promise<EmployeeDocumentPage>;
}

/** Where a page of a contact shard ended; it never leaves the functions as is. */
export type ContactPosition = Record<string, unknown>;

export interface ContactPage {
  items: EstablishmentContact[];
  /** Items DynamoDB read for the page. */
  itemsRead: number;
  next?: ContactPosition;
}

/** Establishments' contacts, kept from their staff's sign-ins, and read back shard by shard (CONTACT_SHARDS). */
export interface EstablishmentContacts {
  contactOf(establishmentId: string): Promise<EstablishmentContact | undefined>;
  /** Keeps the contact, replacing the establishment's earlier one. */
  remember(contact: EstablishmentContact, now: Date): Promise<void>;
  inShard(shard: number, page: { limit: number; from?: ContactPosition }): Promise<ContactPage>;
}

/** How many of an establishment's employees' own documents are due, counted from the employer index. */
export interface DueDocumentCounts {
  /** Expiring from `today` up to and including `lastDay`. */
  expiring: number;
  /** Expired before `today`. */
  expired: number;
  /** Index items DynamoDB read to count them. */
  itemsRead: number;
}

export interface EmployeeDocumentCounts {
  /** Counts only (no document is read out), from the employer index. */
  dueCounts(establishmentId: string, today: CalendarDate, lastDay: CalendarDate): Promise<DueDocumentCounts>;
}
