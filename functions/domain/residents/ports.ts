import type { IdempotencyClaim } from '../shared/idempotency.js';
import type { Locale } from '../shared/locale.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { ImportReport } from './register-import.js';
import type { ReminderContact, ResidentDocument } from './resident-document.js';

/** What a resident has chosen, and where they were last reached. */
export interface ResidentProfile {
  iqamaNumber: string;
  /** The phone and locale of the resident's last sign-in, or the register's when they never signed in. */
  phone?: string;
  signedInLocale?: Locale;
  /** Set by the resident (PUT /v1/me/preferences); wins over the sign-in's locale. */
  preferredLocale?: Locale;
  smsReminders: boolean;
  contactSource?: 'TOKEN' | 'REGISTER';
}

export type ProfileChanges = Partial<Omit<ResidentProfile, 'iqamaNumber'>>;

/** Where reminders for this profile's documents go, in which language, and whether at all. */
export const reminderContactOf = (profile: ResidentProfile | undefined) => ({
  phone: profile?.phone,
  locale: profile?.preferredLocale ?? profile?.signedInLocale ?? 'ar',
  smsReminders: profile?.smsReminders ?? true,
});

/** `keptNewer`: the register sent an older passport than the one the resident recorded, which stays. */
export type UpsertOutcome = 'created' | 'updated' | 'unchanged' | 'keptNewer';

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

/** Residents' profiles and documents. Reads are by resident, or by expiry date for the sweep: never a scan. */
export interface DocumentRegister {
  profile(iqamaNumber: string): Promise<ResidentProfile | undefined>;
  /**
   * Sets only the given fields (reminders are on unless set off), with the idempotency claim if
   * given, atomically, and copies the resulting reminder contact onto each of the resident's
   * documents; concurrent changes settle on the newest everywhere.
   * @returns the profile after the change, or undefined when `unlessSignedIn` found a sign-in's contact
   * @throws IdempotencyClaimTaken when the claim's key is taken (nothing is changed)
   */
  updateProfile(iqamaNumber: string, changes: ProfileChanges, options?: { unlessSignedIn?: boolean; claim?: IdempotencyClaim }): Promise<ResidentProfile | undefined>;
  /**
   * Copies the profile's reminder contact onto each of the resident's documents that holds an older
   * one: the copying a profile change ends with, finished when the change stopped before it did.
   */
  syncDocumentContacts(iqamaNumber: string): Promise<void>;
  documentsOf(iqamaNumber: string): Promise<ResidentDocument[]>;
  /**
   * Writes the document unless an identical one is stored; a renewal replaces the old expiry (and so
   * its reminders). The register never replaces a passport the resident recorded with an older one.
   * A claim, if given, is stored with the write, atomically — and alone when nothing is written.
   * @throws IdempotencyClaimTaken when the claim's key is taken (nothing is written)
   */
  upsert(document: ResidentDocument, claim?: IdempotencyClaim): Promise<UpsertOutcome>;
  dueOn(expiresOn: CalendarDate, shard: number, page: { limit: number; from?: PagePosition }): Promise<DuePage>;
}

/** Which reminder: one per document, expiry date and lead time, whatever runs or retries. */
export interface ReminderKey {
  documentId: string;
  expiresOn: CalendarDate;
  leadDays: number;
}

export type SkipReason = 'OPTED_OUT' | 'NO_PHONE' | 'PHONE_REFUSED';

/** What happened to each reminder, kept for a year. */
export interface ReminderLog {
  /**
   * Claims the reminder for sending. @returns 'claimed', or what an earlier run already did — including
   * 'SENDING' when a run claimed it and stopped before recording the outcome (it may have sent).
   */
  claim(key: ReminderKey, now: Date): Promise<'claimed' | 'SENT' | 'SKIPPED' | 'SENDING'>;
  markSent(key: ReminderKey, now: Date): Promise<void>;
  /** Gives a claim back after a send that certainly failed, so that a retry may send. */
  release(key: ReminderKey, now: Date): Promise<void>;
  /** @returns false when the reminder was already recorded */
  recordSkip(key: ReminderKey, reason: SkipReason, now: Date): Promise<boolean>;
}

/**
 * Page positions kept server-side for the sweep: the state machine carries only an opaque id, so
 * no resident's identity number enters its execution history.
 */
export interface PageCursors {
  save(position: PagePosition, now: Date): Promise<string>;
  load(id: string): Promise<PagePosition>;
}

/** The register's files: read line by line, and the import's report written beside them. */
export interface RegisterFiles {
  lines(key: string, version?: string): AsyncIterable<string>;
  /** @returns where the report was written */
  writeReport(key: string, report: ImportReport): Promise<string>;
}

export interface SmsSender {
  /**
   * @returns 'refused' when the number can never receive it (not a valid mobile number): retrying is
   * pointless. @throws SmsNotSent when it certainly was not sent (a retry may send it), any other
   * error when it may have been (a timeout, a server fault: it must not be sent again)
   */
  send(phone: string, message: string): Promise<'sent' | 'refused'>;
}
