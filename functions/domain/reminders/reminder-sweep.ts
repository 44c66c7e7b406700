import { type CalendarDate, isCalendarDate, riyadhToday } from '../shared/calendar-date.js';
import { dueDates } from './reminder-schedule.js';
import type { ReminderBatch } from './send-due-reminders.js';

/**
 * How many partitions the expiry index spreads one day's documents over. About 36,000 documents
 * expire on a day nationally; sixteen partitions keep each under DynamoDB's per-partition write
 * rate when the register loads a day at once, and give the sweep sixteen pages to read in parallel.
 */
export const EXPIRY_SHARDS = 16;

export interface SweepRequest {
  /** The day to sweep; by default the Riyadh date of the scheduled time (or of now). */
  date?: string;
  scheduledTime?: string;
}

export interface SweepPlan {
  sweepDate: CalendarDate;
  batches: (ReminderBatch & { totals: Totals })[];
}

/** What a batch (or a page, or the day) came to. */
export interface Totals {
  due: number;
  sent: number;
  /** Not sent, with the reason recorded: reminders off, no phone, a number the SMS service refuses. */
  skipped: number;
  /** Handled by an earlier run (sent, skipped, or possibly sent when that run stopped). */
  alreadyHandled: number;
  /** Possibly sent: SNS failed after it may have taken the message. Never sent again; operators are told. */
  uncertain: number;
  /** Items DynamoDB read for the sweep's sake: what it pays for. */
  itemsRead: number;
}

export const NO_TOTALS: Totals = { due: 0, sent: 0, skipped: 0, alreadyHandled: 0, uncertain: 0, itemsRead: 0 };

/**
 * The sweep's work for a day: one batch per lead time and index shard. A run that starts late (a
 * retry, a redrive) still sweeps the day it was scheduled for, not the day it happens to run.
 */
export const planSweep = (request: SweepRequest, now: Date, leadDays: readonly number[]): SweepPlan => {
  const sweepDate = request.date ?? riyadhToday(request.scheduledTime ? new Date(request.scheduledTime) : now);
  if (!isCalendarDate(sweepDate)) throw new RangeError(`Not a calendar date: ${sweepDate}`);
  const batches = dueDates(sweepDate, leadDays).flatMap(({ leadDays: lead, expiresOn }) =>
    Array.from({ length: EXPIRY_SHARDS }, (_, shard) => ({ expiresOn, leadDays: lead, shard, totals: NO_TOTALS })),
  );
  return { sweepDate, batches };
};

/** Adds one page's result to the batch's running totals. */
export const addPage = (totals: Totals, page: Totals): Totals => ({
  due: totals.due + page.due,
  sent: totals.sent + page.sent,
  skipped: totals.skipped + page.skipped,
  alreadyHandled: totals.alreadyHandled + page.alreadyHandled,
  uncertain: totals.uncertain + page.uncertain,
  itemsRead: totals.itemsRead + page.itemsRead,
});

export interface SweepSummary extends Totals {
  sweepDate: CalendarDate;
  /** Batches that still failed after their retries: their reminders were not all sent. */
  failedBatches: number;
}

/** A batch's totals, and whether it still failed after its retries (its totals are those of the pages it finished). */
export type BatchOutcome = { totals: Totals; failed?: true };

export const summarizeSweep = (sweepDate: CalendarDate, batches: BatchOutcome[]): SweepSummary =>
  batches.reduce<SweepSummary>(
    (summary, batch) => ({ ...summary, ...addPage(summary, batch.totals), failedBatches: summary.failedBatches + (batch.failed ? 1 : 0) }),
    { sweepDate, ...NO_TOTALS, failedBatches: 0 },
  );
