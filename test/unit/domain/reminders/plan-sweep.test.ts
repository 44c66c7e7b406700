import { describe, expect, it } from 'vitest';
import { DEFAULT_LEAD_DAYS } from '../../../../functions/contract/reminder-leads.js';
import { CONTACT_SHARDS } from '../../../../functions/domain/establishments/establishment-contact.js';
import { planSweep } from '../../../../functions/domain/reminders/plan-sweep.js';
import { EXPIRY_SHARDS } from '../../../../functions/domain/reminders/reminder-batch.js';
import { NO_TOTALS } from '../../../../functions/domain/reminders/sweep-totals.js';

const now = new Date('2026-11-24T06:00:00Z');

describe('sweep plan', () => {
  it('when a day is planned with the default leads, there is one batch per lead and shard, each starting from zero', () => {
    // Act
    const plan = planSweep({ date: '2026-01-31' }, now, DEFAULT_LEAD_DAYS);
    // Assess
    expect(plan.sweepDate).toBe('2026-01-31');
    expect(plan.batches).toHaveLength(5 * EXPIRY_SHARDS);
    expect(new Set(plan.batches.map((batch) => JSON.stringify(batch.totals)))).toEqual(
      new Set([
        JSON.stringify({
          due: 0,
          sent: 0,
          skipped: 0,
          alreadyHandled: 0,
          uncertain: 0,
          deferredForBudget: 0,
          itemsRead: 0,
        }),
      ]),
    );
    expect(plan.batches.every((batch) => batch.cursor === undefined)).toBe(true);
    const thirtyDays = plan.batches.filter((batch) => batch.leadDays === 30);
    expect(thirtyDays.map((batch) => batch.shard)).toEqual(Array.from({ length: EXPIRY_SHARDS }, (_, shard) => shard));
    expect(new Set(thirtyDays.map((batch) => batch.expiresOn))).toEqual(new Set(['2026-03-02']));
  });

  it("when a day is planned, the digests have one batch per shard of the establishments' contacts, each starting from zero", () => {
    // Act
    const plan = planSweep({ date: '2026-01-31' }, now, DEFAULT_LEAD_DAYS);
    // Assess
    expect(plan.digestBatches).toEqual(
      Array.from({ length: CONTACT_SHARDS }, (_, shard) => ({ shard, totals: NO_TOTALS })),
    );
  });

  it('when the request names a date, it wins over the scheduled time and the clock', () => {
    const plan = planSweep({ date: '2026-12-01', scheduledTime: '2026-11-24T21:30:00Z' }, now, [7]);
    expect(plan.sweepDate).toBe('2026-12-01');
    expect(plan.batches[0]).toMatchObject({ leadDays: 7, expiresOn: '2026-12-08' });
  });

  it('when scheduled at 21:30 UTC, the run sweeps the Riyadh date, already the next day, whenever it actually runs', () => {
    expect(planSweep({ scheduledTime: '2026-11-24T21:30:00Z' }, new Date('2026-11-27T09:00:00Z'), [7]).sweepDate).toBe(
      '2026-11-25',
    );
  });

  it('when the request has neither a date nor a scheduled time, the Riyadh date of the clock is swept', () => {
    expect(planSweep({}, new Date('2026-11-24T20:59:59.999Z'), [7]).sweepDate).toBe('2026-11-24');
    expect(planSweep({}, new Date('2026-11-24T21:00:00Z'), [7]).sweepDate).toBe('2026-11-25');
  });

  it.each(['2026-02-30', '2026-2-3', '', 'tomorrow'])(
    'when the request names %j, it is refused with a RangeError',
    (date) => {
      expect(() => planSweep({ date }, now, DEFAULT_LEAD_DAYS)).toThrow(RangeError);
    },
  );
});
