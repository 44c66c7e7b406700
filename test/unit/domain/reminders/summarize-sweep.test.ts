import { describe, expect, it } from 'vitest';
import { summarizeSweep } from '../../../../functions/domain/reminders/summarize-sweep.js';
import { NO_TOTALS } from '../../../../functions/domain/reminders/sweep-totals.js';

describe('sweep summary', () => {
  it('when the batches are summarized, their totals are added — those of failed batches too, as far as they went — and the failed ones counted, the digests apart', () => {
    // Prepare
    const batches = [
      { totals: { due: 3, sent: 2, skipped: 1, alreadyHandled: 0, uncertain: 0, deferredForBudget: 0, itemsRead: 4 } },
      {
        failed: true as const,
        totals: {
          due: 200,
          sent: 197,
          skipped: 0,
          alreadyHandled: 0,
          uncertain: 3,
          deferredForBudget: 0,
          itemsRead: 200,
        },
      },
      {
        totals: { due: 10, sent: 8, skipped: 1, alreadyHandled: 1, uncertain: 0, deferredForBudget: 4, itemsRead: 12 },
      },
      { failed: true as const, totals: NO_TOTALS },
      { totals: NO_TOTALS },
    ];
    // Act
    const summary = summarizeSweep('2026-11-25', batches, [{ failed: true as const, totals: NO_TOTALS }]);
    // Assess
    expect(summary).toEqual({
      sweepDate: '2026-11-25',
      due: 213,
      sent: 207,
      skipped: 2,
      alreadyHandled: 1,
      uncertain: 3,
      deferredForBudget: 4,
      itemsRead: 216,
      failedBatches: 2,
      digests: { ...NO_TOTALS, failedBatches: 1 },
    });
  });

  it('when nothing was swept, the summary is all zeros', () => {
    expect(summarizeSweep('2026-11-25', [], [])).toEqual({
      sweepDate: '2026-11-25',
      ...NO_TOTALS,
      failedBatches: 0,
      digests: { ...NO_TOTALS, failedBatches: 0 },
    });
  });
});
