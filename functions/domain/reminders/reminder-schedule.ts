import { checkLeadDays, DEFAULT_LEAD_DAYS } from '../../contract/reminder-leads.js';
import { addDays, type CalendarDate } from '../shared/calendar-date.js';

/** The last notice, the day after a document expired. */
export const EXPIRED_YESTERDAY = -1;

/** One group of due documents: those expiring on `expiresOn`, reminded `leadDays` ahead (−1: expired yesterday). */
export interface DueDate {
  leadDays: number;
  expiresOn: CalendarDate;
}

/** The leads a sweep works through: the configured ones (checked, then distinct), plus the last notice. */
export const sweepLeads = (leadDays: readonly number[]): number[] => {
  checkLeadDays(leadDays);
  return [...new Set(leadDays)].sort((a, b) => b - a).concat(EXPIRED_YESTERDAY);
};

/** The expiry dates a sweep on `sweepDate` looks for, one per lead. */
export const dueDates = (sweepDate: CalendarDate, leadDays: readonly number[]): DueDate[] =>
  sweepLeads(leadDays).map((lead) => ({ leadDays: lead, expiresOn: addDays(sweepDate, lead) }));

/** Reads a lead-time list as the deployment passes it, comma-separated days. */
export const parseLeadDays = (list: string | undefined): number[] =>
  list?.trim() ? list.split(',').map((days) => Number(days.trim())) : [...DEFAULT_LEAD_DAYS];
