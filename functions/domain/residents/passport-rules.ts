import { addDays, addMonths, type CalendarDate } from '../shared/calendar-date.js';
import type { FieldIssue } from '../shared/errors.js';

/** ICAO 9303: a passport number is up to nine Latin letters and digits; no country issues fewer than six. */
const PASSPORT_NUMBER = /^(?=.*\d)[A-Z0-9]{6,9}$/;
export const MINIMUM_VALIDITY_MONTHS = 6;
/** No passport is issued for longer than ten years; a longer span is a typing mistake. */
export const MAXIMUM_VALIDITY_YEARS = 10;

export interface PassportUpdate {
  passportNumber: string;
  issueDate: CalendarDate;
  expiryDate: CalendarDate;
}

/** The number as stored: upper case, as printed in the passport's machine-readable zone. */
export const normalizePassportNumber = (value: string): string => value.toUpperCase();

/**
 * Why a renewed passport cannot be recorded on `today` (Riyadh), as field issues; none when it can.
 * The passport must already be issued, not expired, and valid for six more months — the validity a
 * residence permit needs — and its dates must be in order.
 */
export const passportRefusals = (update: PassportUpdate, today: CalendarDate): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (!PASSPORT_NUMBER.test(normalizePassportNumber(update.passportNumber)))
    issues.push({ pointer: '/passportNumber', code: 'passport_number_malformed' });
  if (update.issueDate > today) issues.push({ pointer: '/issueDate', code: 'passport_not_yet_issued' });
  // One reason per field, the one the resident can act on first.
  if (update.expiryDate <= update.issueDate) issues.push({ pointer: '/expiryDate', code: 'expiry_not_after_issue' });
  else if (update.expiryDate < today) issues.push({ pointer: '/expiryDate', code: 'passport_expired' });
  else if (update.expiryDate < addMonths(today, MINIMUM_VALIDITY_MONTHS)) {
    issues.push({
      pointer: '/expiryDate',
      code: 'passport_validity_too_short',
      params: { months: MINIMUM_VALIDITY_MONTHS },
    });
  }
  // Some countries date the expiry the day after the tenth anniversary: one day of slack.
  else if (update.expiryDate > addDays(addMonths(update.issueDate, MAXIMUM_VALIDITY_YEARS * 12), 1)) {
    issues.push({
      pointer: '/expiryDate',
      code: 'passport_validity_too_long',
      params: { years: MAXIMUM_VALIDITY_YEARS },
    });
  }
  return issues;
};
