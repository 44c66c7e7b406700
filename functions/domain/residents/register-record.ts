import type { CalendarDate } from '../shared/calendar-date.js';
import type { FieldIssue } from '../shared/errors.js';
import type { Locale } from '../shared/locale.js';
import type { DocumentType, Holder } from './resident-document.js';

/** One document as the authoritative register sends it, already validated. */
export interface RegisterRecord {
  iqamaNumber: string;
  holder: Holder;
  type: DocumentType;
  number: string;
  expiresOn: CalendarDate;
  issuedOn?: CalendarDate;
  /** The holder's contact as the register knows it; a resident's own sign-in takes precedence. */
  phone?: string;
  locale?: Locale;
  /**
   * The resident's employer, on a line of their own document: a different one is a transfer of
   * sponsorship, `null` its end; a line without it leaves the sponsorship as it is.
   */
  establishmentId?: string | null;
}

/** A line of the file: its number (from 1) and either the record or why it was refused. */
export type RegisterLine = { line: number; record: RegisterRecord } | { line: number; issues: FieldIssue[] };
