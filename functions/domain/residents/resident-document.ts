import { createHash } from 'node:crypto';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Locale } from '../shared/locale.js';

export const DOCUMENT_TYPES = ['IQAMA', 'PASSPORT', 'EXIT_REENTRY_VISA', 'VISIT_VISA', 'WORK_VISA'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DEPENDENT_RELATIONS = ['SPOUSE', 'SON', 'DAUGHTER', 'FATHER', 'MOTHER', 'OTHER'] as const;
export type DependentRelation = (typeof DEPENDENT_RELATIONS)[number];

/** Whose document it is: the resident's own, or one of the dependents they hold. */
export type Holder =
  | { kind: 'RESIDENT' }
  | { kind: 'DEPENDENT'; dependentId: string; name: string; relation: DependentRelation };

/** Where reminders for a resident's documents go; copied onto each document so that the sweep reads one item per reminder. */
export interface ReminderContact {
  phone?: string;
  locale: Locale;
  smsReminders: boolean;
}

export interface ResidentDocument {
  /** The resident (by identity number) who holds it — for a dependent's document, the head of the family. */
  iqamaNumber: string;
  documentId: string;
  type: DocumentType;
  number: string;
  expiresOn: CalendarDate;
  issuedOn?: CalendarDate;
  holder: Holder;
  contact: ReminderContact;
  /** Where the record last came from: the register's import, the resident's own update, or their establishment's. */
  source: 'REGISTER' | 'RESIDENT' | 'ESTABLISHMENT';
}

/** Types a holder has one of at a time; a renewal replaces the record instead of adding one. */
const ONE_PER_HOLDER: ReadonlySet<DocumentType> = new Set(['IQAMA', 'PASSPORT']);

const holderKey = (holder: Holder) => (holder.kind === 'RESIDENT' ? 'self' : `dependent:${holder.dependentId}`);

/**
 * A document's stable identifier: the same document from the register, or a renewal of a passport or
 * iqama, always lands on the same record, so importing a file twice or renewing changes one item.
 */
export const documentIdFor = (iqamaNumber: string, holder: Holder, type: DocumentType, number: string): string =>
  createHash('sha256')
    .update([iqamaNumber, holderKey(holder), type, ONE_PER_HOLDER.has(type) ? '' : number].join('\u0000'))
    .digest('base64url')
    .slice(0, 22);

/** A number as responses show it: all but its last three characters hidden. */
export const maskNumber = (number: string): string => '•'.repeat(Math.max(number.length - 3, 0)) + number.slice(-3);
