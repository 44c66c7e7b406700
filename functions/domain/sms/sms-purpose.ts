import type { Reference } from '../inquiries/reference.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Locale } from '../shared/locale.js';
import type { SmsMessage } from './inquiry-templates.js';

/**
 * Why an SMS was sent, and about what: every SMS names one, so that its record says which notice
 * or reminder it was, and a receipt can reach the inquiry it concerns.
 */
export type SmsPurpose =
  | {
      kind: 'INQUIRY_NOTICE';
      reference: Reference;
      message: SmsMessage;
      /** The resident, or the copy to the establishment's staff member who filed the inquiry. */
      recipient: 'RESIDENT' | 'STAFF';
    }
  | { kind: 'EXPIRY_REMINDER'; documentId: string; expiresOn: CalendarDate; leadDays: number }
  | { kind: 'ESTABLISHMENT_DIGEST'; establishmentId: string; date: CalendarDate };

export type SmsPurposeKind = SmsPurpose['kind'];

export const SMS_PURPOSE_KINDS: readonly SmsPurposeKind[] = [
  'INQUIRY_NOTICE',
  'EXPIRY_REMINDER',
  'ESTABLISHMENT_DIGEST',
];

/** What the sender is told of an SMS besides its number and text: why, and in which language. */
export interface SmsAbout {
  purpose: SmsPurpose;
  locale: Locale;
}

/** The name of a purpose as metrics and the operator read it: the notice's message, or the reminder's lead. */
export const purposeName = (purpose: SmsPurpose): string => {
  switch (purpose.kind) {
    case 'INQUIRY_NOTICE':
      return `${purpose.message}${purpose.recipient === 'STAFF' ? '_STAFF' : ''}`;
    case 'EXPIRY_REMINDER':
      return purpose.leadDays <= 0 ? 'EXPIRED' : `EXPIRY_${purpose.leadDays}D`;
    case 'ESTABLISHMENT_DIGEST':
      return 'DIGEST';
  }
};
