import { describe, expect, it } from 'vitest';
import { dueDates, parseLeadDays, sweepLeads } from '../../../../functions/domain/reminders/reminder-schedule.js';
import { DEFAULT_LEAD_DAYS } from '../../../../functions/contract/reminder-leads.js';
import { EXPIRY_SHARDS, NO_TOTALS, addPage, planSweep, summarizeSweep } from '../../../../functions/domain/reminders/reminder-sweep.js';

const now = new Date('2026-11-24T06:00:00Z');

describe('reminder schedule', () => {
  it('when swept on 2026-01-31 with the default leads, it looks for documents expiring 30, 14, 7 and 1 days ahead and yesterday', () => {
    expect(dueDates('2026-01-31', DEFAULT_LEAD_DAYS)).toEqual([
      { leadDays: 30, expiresOn: '2026-03-02' },
      { leadDays: 14, expiresOn: '2026-02-14' },
      { leadDays: 7, expiresOn: '2026-02-07' },
      { leadDays: 1, expiresOn: '2026-02-01' },
      { leadDays: -1, expiresOn: '2026-01-30' },
    ]);
  });

  it('when the lead crosses a leap day, the expiry date is February 29th', () => {
    expect(dueDates('2028-02-15', [14])).toEqual([
      { leadDays: 14, expiresOn: '2028-02-29' },
      { leadDays: -1, expiresOn: '2028-02-14' },
    ]);
  });

  it('when the deployment configures other leads, duplicates are dropped, the longest comes first and the last notice is appended', () => {
    expect(sweepLeads([7, 60, 7, 1, 366])).toEqual([366, 60, 7, 1, -1]);
  });

  it.each([[[0]], [[-3]], [[1.5]], [[400]], [[30, Number.NaN]]])('when a lead of %j is configured, it is refused with a RangeError', (leads) => {
    expect(() => sweepLeads(leads)).toThrow(RangeError);
    expect(() => dueDates('2026-11-25', leads)).toThrow(RangeError);
  });

  it('when no lead list is configured, the defaults are used', () => {
    expect(parseLeadDays(undefined)).toEqual([30, 14, 7, 1]);
    expect(parseLeadDays('  ')).toEqual([30, 14, 7, 1]);
  });

  it('when a comma-separated list is configured, it is read as numbers; a malformed entry is refused when the sweep plans', () => {
    expect(parseLeadDays('60, 30')).toEqual([60, 30]);
    expect(() => sweepLeads(parseLeadDays('60,,30'))).toThrow(RangeError);
    expect(() => sweepLeads(parseLeadDays('thirty'))).toThrow(RangeError);
  });
});

describe('sweep plan', () => {
  it('when a day is planned with the default leads, there is one batch per lead and shard, each starting from zero', () => {
    // Act
    const plan = planSweep({ date: '2026-01-31' }, now, DEFAULT_LEAD_DAYS);
    // Assess
    expect(plan.sweepDate).toBe('2026-01-31');
    expect(plan.batches).toHaveLength(5 * EXPIRY_SHARDS);
    expect(new Set(plan.batches.map((batch) => JSON.stringify(batch.totals)))).toEqual(new Set([JSON.stringify({ due: 0, sent: 0, skipped: 0, alreadyHandled: 0, uncertain: 0, itemsRead: 0 })]));
    expect(plan.batches.every((batch) => batch.cursor === undefined)).toBe(true);
    const thirtyDays = plan.batches.filter((batch) => batch.leadDays === 30);
    expect(thirtyDays.map((batch) => batch.shard)).toEqual(Array.from({ length: EXPIRY_SHARDS }, (_, shard) => shard));
    expect(new Set(thirtyDays.map((batch) => batch.expiresOn))).toEqual(new Set(['2026-03-02']));
  });

  it('when the request names a date, it wins over the scheduled time and the clock', () => {
    const plan = planSweep({ date: '2026-12-01', scheduledTime: '2026-11-24T21:30:00Z' }, now, [7]);
    expect(plan.sweepDate).toBe('2026-12-01');
    expect(plan.batches[0]).toMatchObject({ leadDays: 7, expiresOn: '2026-12-08' });
  });

  it('when scheduled at 21:30 UTC, the run sweeps the Riyadh date, already the next day, whenever it actually runs', () => {
    expect(planSweep({ scheduledTime: '2026-11-24T21:30:00Z' }, new Date('2026-11-27T09:00:00Z'), [7]).sweepDate).toBe('2026-11-25');
  });

  it('when the request has neither a date nor a scheduled time, the Riyadh date of the clock is swept', () => {
    expect(planSweep({}, new Date('2026-11-24T20:59:59.999Z'), [7]).sweepDate).toBe('2026-11-24');
    expect(planSweep({}, new Date('2026-11-24T21:00:00Z'), [7]).sweepDate).toBe('2026-11-25');
  });

  it.each(['2026-02-30', '2026-2-3', '', 'tomorrow'])('when the request names %j, it is refused with a RangeError', (date) => {
    expect(() => planSweep({ date }, now, DEFAULT_LEAD_DAYS)).toThrow(RangeError);
  });

  it('when a page is added to a batch, each count grows by the page', () => {
    const totals = addPage({ due: 2, sent: 1, skipped: 1, alreadyHandled: 0, uncertain: 0, itemsRead: 3 }, { due: 5, sent: 2, skipped: 1, alreadyHandled: 1, uncertain: 1, itemsRead: 6 });
    expect(totals).toEqual({ due: 7, sent: 3, skipped: 2, alreadyHandled: 1, uncertain: 1, itemsRead: 9 });
  });

  it('when the batches are summarized, their totals are added — those of failed batches too, as far as they went — and the failed ones counted', () => {
    // Prepare
    const batches = [
      { totals: { due: 3, sent: 2, skipped: 1, alreadyHandled: 0, uncertain: 0, itemsRead: 4 } },
      { failed: true as const, totals: { due: 200, sent: 197, skipped: 0, alreadyHandled: 0, uncertain: 3, itemsRead: 200 } },
      { totals: { due: 10, sent: 8, skipped: 1, alreadyHandled: 1, uncertain: 0, itemsRead: 12 } },
      { failed: true as const, totals: NO_TOTALS },
      { totals: NO_TOTALS },
    ];
    // Act
    const summary = summarizeSweep('2026-11-25', batches);
    // Assess
    expect(summary).toEqual({ sweepDate: '2026-11-25', due: 213, sent: 207, skipped: 2, alreadyHandled: 1, uncertain: 3, itemsRead: 216, failedBatches: 2 });
  });

  it('when nothing was swept, the summary is all zeros', () => {
    expect(summarizeSweep('2026-11-25', [])).toEqual({ sweepDate: '2026-11-25', ...NO_TOTALS, failedBatches: 0 });
  });
});
