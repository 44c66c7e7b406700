import type { CalendarDate } from '../shared/calendar-date.js';
import { addPage, NO_TOTALS, type Totals } from './sweep-totals.js';

export interface SweepSummary extends Totals {
  sweepDate: CalendarDate;
  /** Batches that still failed after their retries: their reminders were not all sent. */
  failedBatches: number;
}

/** A batch's totals, and whether it still failed after its retries (its totals are those of the pages it finished). */
export type BatchOutcome = { totals: Totals; failed?: true };

export const summarizeSweep = (sweepDate: CalendarDate, batches: BatchOutcome[]): SweepSummary => ({
  sweepDate,
  ...batches.reduce((totals, batch) => addPage(totals, batch.totals), NO_TOTALS),
  failedBatches: batches.filter((batch) => batch.failed).length,
});
