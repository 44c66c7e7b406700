import type { ReminderContact, ResidentDocument } from '../residents/resident-document.js';
import type { CalendarDate } from '../shared/calendar-date.js';

/** What the sweep needs of a document, and all the expiry index holds: no number, no name. */
export interface DueDocument extends Pick<ResidentDocument, 'documentId' | 'type' | 'expiresOn'> {
  contact: ReminderContact;
  /** A dependent's document, reminded to the resident who holds it. */
  dependent: boolean;
}

/** Where a page of the expiry index ended; it names the resident, so it never leaves the functions as is. */
export type PagePosition = Record<string, unknown>;

/** One page of documents expiring on a date, from one shard of the expiry index. */
export interface DuePage {
  items: DueDocument[];
  /** Index items DynamoDB read for the page: what the sweep pays for. */
  itemsRead: number;
  next?: PagePosition;
}

/** The residents' documents as the sweep reads them: by expiry date, one shard of the index at a time, never a scan. */
export interface DueDocuments {
  dueOn(expiresOn: CalendarDate, shard: number, page: { limit: number; from?: PagePosition }): Promise<DuePage>;
}

/** Which reminder: one per document, expiry date and lead time, whatever runs or retries. */
export interface ReminderKey {
  documentId: string;
  expiresOn: CalendarDate;
  leadDays: number;
}

/** Which establishment's daily digest: one per establishment and Riyadh day it is sent on. */
export interface DigestKey {
  establishmentId: string;
  date: CalendarDate;
}

/** What the log keeps once: a document's reminder, or an establishment's digest of a day. */
export type LogKey = ReminderKey | DigestKey;

export type SkipReason = 'OPTED_OUT' | 'NO_PHONE' | 'PHONE_REFUSED';

/** What happened to each reminder and digest, kept for a year. */
export interface ReminderLog {
  /**
   * Claims the reminder for sending. @returns 'claimed', or what an earlier run already did — including
   * 'SENDING' when a run claimed it and stopped before recording the outcome (it may have sent).
   */
  claim(key: LogKey, now: Date): Promise<'claimed' | 'SENT' | 'SKIPPED' | 'SENDING'>;
  markSent(key: LogKey, now: Date): Promise<void>;
  /** Gives a claim back after a send that certainly failed, so that a retry may send. */
  release(key: LogKey, now: Date): Promise<void>;
  /** @returns false when the reminder was already recorded */
  recordSkip(key: LogKey, reason: SkipReason, now: Date): Promise<boolean>;
}

/**
 * Page positions kept server-side for the sweep: the state machine carries only an opaque id, so
 * no resident's identity number enters its execution history.
 */
export interface PageCursors {
  save(position: PagePosition, now: Date): Promise<string>;
  load(id: string): Promise<PagePosition>;
}
