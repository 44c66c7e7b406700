import { describe, expect, it } from 'vitest';
import { readReviewStats } from '../../../../functions/domain/stats/read-review-stats.js';
import { dayItem, InMemoryStatsReader } from '../../../support/in-memory-stats-reader.js';

/** 2026-12-01 10:00 in Riyadh. */
const NOW = () => new Date('2026-12-01T07:00:00Z');

describe('reading a window’s review statistics', () => {
  it('when a short window is asked for, each section is read once for days (with the five weeks before its end) and once for gauges', async () => {
    // Prepare
    const stats = new InMemoryStatsReader();
    // Act
    await readReviewStats(
      { stats, clock: NOW },
      { sections: ['RESIDENCY', 'VISAS'], from: '2026-11-20', to: '2026-11-25', groupBy: 'day' },
    );
    // Assess
    expect(stats.reads).toEqual(
      expect.arrayContaining([
        { section: 'RESIDENCY', from: '2026-10-22', to: '2026-11-25', what: 'days' },
        { section: 'RESIDENCY', what: 'gauges' },
        { section: 'VISAS', from: '2026-10-22', to: '2026-11-25', what: 'days' },
        { section: 'VISAS', what: 'gauges' },
      ]),
    );
    expect(stats.reads).toHaveLength(4);
  });

  it('when the window is longer than the five weeks, the window alone is read', async () => {
    // Prepare
    const stats = new InMemoryStatsReader();
    // Act
    await readReviewStats(
      { stats, clock: NOW },
      { sections: ['GENERAL'], from: '2026-06-01', to: '2026-11-25', groupBy: 'week' },
    );
    // Assess
    expect(stats.reads[0]).toEqual({ section: 'GENERAL', from: '2026-06-01', to: '2026-11-25', what: 'days' });
  });

  it('when the window ends today, the rising types’ last week ends yesterday, the last complete day', async () => {
    // Prepare: today's submissions would make the type rise if today counted
    const stats = new InMemoryStatsReader([
      dayItem('2026-11-30', 'GENERAL_INQUIRY', { submitted: 5 }),
      dayItem('2026-12-01', 'GENERAL_INQUIRY', { submitted: 50 }),
    ]);
    // Act
    const result = await readReviewStats(
      { stats, clock: NOW },
      { sections: ['GENERAL'], from: '2026-11-01', to: '2026-12-01', groupBy: 'day' },
    );
    // Assess
    expect(result.risingRequestTypes).toEqual([
      { category: 'GENERAL_INQUIRY', lastWeek: 5, previousFourWeekAverage: 0, growth: 5 },
    ]);
    expect(result.totals.submitted).toBe(55);
  });

  it('when the window ended in the past, the rising types are measured up to its last day', async () => {
    // Prepare
    const stats = new InMemoryStatsReader([
      dayItem('2026-10-10', 'GENERAL_INQUIRY', { submitted: 9 }),
      dayItem('2026-10-20', 'GENERAL_INQUIRY', { submitted: 9 }),
    ]);
    // Act
    const result = await readReviewStats(
      { stats, clock: NOW },
      { sections: ['GENERAL'], from: '2026-10-01', to: '2026-10-10', groupBy: 'day' },
    );
    // Assess
    expect(result.risingRequestTypes.map(({ lastWeek }) => lastWeek)).toEqual([9]);
  });
});
