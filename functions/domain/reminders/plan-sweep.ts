import { CONTACT_SHARDS } from '../establishments/establishment-contact.js';
import { type CalendarDate, isCalendarDate, riyadhToday } from '../shared/calendar-date.js';
import type { DigestBatch } from './digest-batch.js';
import { EXPIRY_SHARDS, type ReminderBatch } from './reminder-batch.js';
import { dueDates } from './reminder-schedule.js';
import { NO_TOTALS, type Totals } from './sweep-totals.js';

export interface SweepRequest {
  /** The day to sweep; by default the Riyadh date of the scheduled time (or of now). */
  date?: string;
  scheduledTime?: string;
}

export interface SweepPlan {
  sweepDate: CalendarDate;
  batches: (ReminderBatch & { totals: Totals })[];
  /** The establishments' daily digests: one batch per shard of their contacts. */
  digestBatches: (DigestBatch & { totals: Totals })[];
}

/**
 * The sweep's work for a day: one batch per lead time and index shard, then one per shard of the
 * establishments' contacts for their digests. A run that starts late (a
 * retry, a redrive) still sweeps the day it was scheduled for, not the day it happens to run.
 */
export const planSweep = (request: SweepRequest, now: Date, leadDays: readonly number[]): SweepPlan => {
  const sweepDate = request.date ?? riyadhToday(request.scheduledTime ? new Date(request.scheduledTime) : now);
  if (!isCalendarDate(sweepDate)) throw new RangeError(`Not a calendar date: ${sweepDate}`);
  const batches = dueDates(sweepDate, leadDays).flatMap(({ leadDays: lead, expiresOn }) =>
    Array.from({ length: EXPIRY_SHARDS }, (_, shard) => ({ expiresOn, leadDays: lead, shard, totals: NO_TOTALS })),
  );
  const digestBatches = Array.from({ length: CONTACT_SHARDS }, (_, shard) => ({ shard, totals: NO_TOTALS }));
  return { sweepDate, batches, digestBatches };
};
