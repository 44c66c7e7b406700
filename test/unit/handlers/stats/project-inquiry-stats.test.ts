import { describe, expect, it, vi } from 'vitest';
import type { Inquiry } from '../../../../functions/domain/inquiries/inquiry.js';
import { decide, startReview } from '../../../../functions/domain/review/transitions.js';
import { WorkingCalendar } from '../../../../functions/domain/shared/working-calendar.js';
import type { StatsChange } from '../../../../functions/domain/stats/day-counts.js';
import type { StatsStore } from '../../../../functions/domain/stats/ports.js';
import { createHandler } from '../../../../functions/handlers/stats/project-inquiry-stats.js';
import { logger } from '../../../../functions/runtime/observability.js';
import { anInquiry } from '../../../support/inquiries.js';
import { changeRecord, storedInquiry } from '../../../support/inquiry-stream.js';

/** Counts changes once each, as the table's markers do; fails a reference it is told to. */
class FakeStatsStore implements StatsStore {
  readonly applied: StatsChange[] = [];
  readonly #seen = new Set<string>();
  failFor?: string;

  async apply(change: StatsChange) {
    if (change.reference === this.failFor) throw new Error('Throttled');
    const name = `${change.reference}#${change.revision}`;
    if (this.#seen.has(name)) return 'alreadyApplied' as const;
    this.#seen.add(name);
    this.applied.push(change);
    return 'applied' as const;
  }
}

const reviewer = { id: 'reviewer-1', sections: ['GENERAL' as const] };
const submitted = (description = 'my passport') => anInquiry({ description });
const accepted = (inquiry: Inquiry) => {
  const started = startReview(inquiry, new Date('2026-11-22T06:30:00Z')).after;
  return {
    started,
    accepted: decide(started, reviewer, { decision: 'ACCEPT' }, new Date('2026-11-23T06:00:00Z')).after,
  };
};
const insert = (sequence: string, inquiry: Inquiry) =>
  changeRecord('INSERT', sequence, { new: storedInquiry(inquiry) });
const modify = (sequence: string, before: Inquiry, after: Inquiry, extra: Record<string, unknown> = {}) =>
  changeRecord('MODIFY', sequence, { old: storedInquiry(before), new: storedInquiry(after, extra) });

const setUp = () => {
  const store = new FakeStatsStore();
  const metrics = { addMetric: vi.fn() };
  const handle = createHandler({ store, calendar: new WorkingCalendar() }, metrics);
  const published = () => Object.fromEntries(metrics.addMetric.mock.calls.map(([name, , value]) => [name, value]));
  return { store, handle, published };
};

describe('counting the inquiries’ changes from the table’s stream', () => {
  it('when inquiries are stored and decided, each change is counted in the statistics and the batch succeeds', async () => {
    // Prepare
    const { store, handle, published } = setUp();
    const inquiry = submitted();
    const { started, accepted: decided } = accepted(inquiry);
    // Act
    const response = await handle({
      Records: [insert('1', inquiry), modify('2', inquiry, started), modify('3', started, decided)],
    });
    // Assess: the start counts nothing
    expect(response).toEqual({ batchItemFailures: [] });
    expect(store.applied.map((change) => [change.revision, change.days.map((day) => day.add)])).toEqual([
      [0, [{ submitted: 1 }]],
      [2, [{ accepted: 1 }]],
    ]);
    expect(published()).toEqual({ StatsChangesApplied: 2, StatsChangesRepeated: 0 });
  });

  it('when a change is delivered again, it is counted once and the repeat is published as such', async () => {
    // Prepare
    const { store, handle, published } = setUp();
    const inquiry = submitted();
    // Act
    const response = await handle({ Records: [insert('1', inquiry), insert('1', inquiry)] });
    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(store.applied).toHaveLength(1);
    expect(published()).toEqual({ StatsChangesApplied: 1, StatsChangesRepeated: 1 });
  });

  it('when writes are no change of an inquiry (a task token) or not of inquiries at all, nothing is counted', async () => {
    // Prepare
    const { store, handle } = setUp();
    const inquiry = submitted();
    const { started } = accepted(inquiry);
    // Act
    const response = await handle({
      Records: [
        modify('1', started, started, { taskToken: 'token' }),
        changeRecord('INSERT', '2', {
          new: { pk: `INQUIRY#${inquiry.reference}`, sk: 'ATTACHMENT#a', entity: 'ATTACHMENT' },
        }),
        changeRecord('REMOVE', '3', { old: { pk: 'CLAIM#x', sk: 'CLAIM' } }),
      ],
    });
    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(store.applied).toEqual([]);
  });

  it('when a change cannot be counted, the batch fails from that record on, none after it is counted, and nothing of the inquiry is logged', async () => {
    // Prepare
    const { store, handle } = setUp();
    const [first, failing, last] = [submitted(), submitted('اسمي محمد +966500000001'), submitted()];
    store.failFor = failing.reference;
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    // Act
    const response = await handle({ Records: [insert('10', first), insert('11', failing), insert('12', last)] });
    // Assess
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '11' }] });
    expect(store.applied.map((change) => change.reference)).toEqual([first.reference]);
    expect(logged).toHaveBeenCalledOnce();
    const line = JSON.stringify(logged.mock.calls);
    for (const secret of [failing.reference, failing.description, failing.contact.phone, failing.residentId])
      expect(line).not.toContain(secret);
    logged.mockRestore();
  });
});
