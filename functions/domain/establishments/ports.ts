import type { DocumentType, ResidentDocument } from '../residents/resident-document.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { IdempotencyClaim } from '../shared/idempotency.js';
import type { BulkChunk, BulkRejection, BulkReport, BulkRequest } from './bulk-request.js';
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

/** Establishments' bulk requests, with what each chunk of their lines came to. */
export interface BulkRequests {
  /** Stores a new request, with the claim of its Idempotency-Key in the same write. */
  create(request: BulkRequest, claim?: IdempotencyClaim): Promise<void>;
  /** Read consistently: the processing decides on it. */
  find(establishmentId: string, bulkRequestId: string): Promise<BulkRequest | undefined>;
  /**
   * Moves a PENDING request to PROCESSING for this stored version of its file. With `fileDigest`,
   * the file is also claimed for the establishment, in the same write, for as long as requests are
   * kept: another request of the very same file is then not started.
   * @returns started false when it was not pending any more (another delivery of the event started
   * it), with `sameFileAs` when another request of the establishment holds the same file
   */
  start(
    request: BulkRequest,
    started: { fileVersion?: string; lines: number; at: string; fileDigest?: string },
  ): Promise<{ started: boolean; sameFileAs?: string }>;
  /**
   * Records a chunk's outcome and adds its counts to the request's, in one write.
   * @returns false when this chunk was recorded already (by another delivery of the event)
   */
  recordChunk(request: BulkRequest, chunk: BulkChunk): Promise<boolean>;
  finish(request: BulkRequest, at: string): Promise<void>;
  /**
   * Settles the request as REJECTED if it is still in the status it was read in: a delivery of
   * another version that started meanwhile is not overwritten by this one's verdict.
   */
  reject(request: BulkRequest, rejection: BulkRejection, at: string): Promise<void>;
  /** The request with every chunk recorded so far, lines in order. */
  report(establishmentId: string, bulkRequestId: string): Promise<BulkReport | undefined>;
}

/** Bulk files as stored, read whole (they are small) and deleted once applied. */
export interface BulkFiles {
  /** The bytes of one stored version, or undefined when it is gone; never more than `maxBytes` + 1 are read. */
  read(key: string, version: string | undefined, maxBytes: number): Promise<Uint8Array | undefined>;
  remove(key: string, version?: string): Promise<void>;
}
