import { describe, expect, it } from 'vitest';
import { addPage } from '../../../../functions/domain/reminders/sweep-totals.js';

describe('sweep totals', () => {
  it('when a page is added to a batch, each count grows by the page', () => {
    const totals = addPage(
      { due: 2, sent: 1, skipped: 1, alreadyHandled: 0, uncertain: 0, deferredForBudget: 2, itemsRead: 3 },
      { due: 5, sent: 2, skipped: 1, alreadyHandled: 1, uncertain: 1, deferredForBudget: 1, itemsRead: 6 },
    );
    expect(totals).toEqual({
      due: 7,
      sent: 3,
      skipped: 2,
      alreadyHandled: 1,
      uncertain: 1,
      deferredForBudget: 3,
      itemsRead: 9,
    });
  });
});
