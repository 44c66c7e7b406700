import type { CalendarDate } from '../shared/calendar-date.js';
import { addPage, NO_TOTALS, type Totals } from './sweep-totals.js';

/** What a kind of batch came to over the day. */
export interface BatchesSummary extends Totals {
  /** Batches that still failed after their retries: their SMS were not all sent. */
  failedBatches: number;
}

export interface SweepSummary extends BatchesSummary {
  sweepDate: CalendarDate;
  /** The establishments' digests: `due` counts those with documents due. */
  digests: BatchesSummary;
}

/** A batch's totals, and whether it still failed after its retries (its totals are those of the pages it finished). */
export type BatchOutcome = { totals: Totals; failed?: true };

const summarize = (batches: BatchOutcome[]): BatchesSummary => ({
  ...batches.reduce((totals, batch) => addPage(totals, batch.totals), NO_TOTALS),
  failedBatches: batches.filter((batch) => batch.failed).length,
});

export const summarizeSweep = (
  sweepDate: CalendarDate,
  batches: BatchOutcome[],
  digestBatches: BatchOutcome[],
): SweepSummary => ({ sweepDate, ...summarize(batches), digests: summarize(digestBatches) });
