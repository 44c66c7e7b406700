import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../functions/domain/shared/calendar-date.js';
import { HOUR_BUCKETS, WORKING_DAY_BUCKETS, WORKING_DAY_LIMIT } from '../../../../functions/domain/stats/day-counts.js';
import { type ReviewStatsInput, reviewStats } from '../../../../functions/domain/stats/review-stats.js';
import { dayItem, histogram } from '../../../support/in-memory-stats-reader.js';

const input = (overrides: Partial<ReviewStatsInput>): ReviewStatsInput => ({
  days: [],
  gauges: [],
  sections: ['RESIDENCY'],
  from: '2026-11-01',
  to: '2026-11-30',
  groupBy: 'day',
  risingUpTo: '2026-11-30',
  ...overrides,
});

describe('the review statistics of a window', () => {
  it('when grouped by day, every day of the window has a group, in order, zeros where nothing happened', () => {
    // Prepare
    const days = [
      dayItem('2026-11-02', 'IQAMA_LATE_RENEWAL', { submitted: 3 }),
      dayItem('2026-11-02', 'PROFESSION_CHANGE', { submitted: 1, accepted: 2 }),
    ];
    // Act
    const stats = reviewStats(input({ days, from: '2026-11-01', to: '2026-11-03' }));
    // Assess
    expect(stats.groups.map((group) => [group.key, group.submitted, group.decided.accepted])).toEqual([
      ['2026-11-01', 0, 0],
      ['2026-11-02', 4, 2],
      ['2026-11-03', 0, 0],
    ]);
    expect(stats.totals.submitted).toBe(4);
  });

  it('when grouped by week, weeks start on Sunday and are named by it, the first and last cut by the window', () => {
    // Prepare: 2026-11-04 is a Wednesday, 2026-11-08 a Sunday, 2026-11-14 a Saturday
    const days = [
      dayItem('2026-11-04', 'IQAMA_LATE_RENEWAL', { submitted: 1 }),
      dayItem('2026-11-07', 'IQAMA_LATE_RENEWAL', { submitted: 2 }),
      dayItem('2026-11-08', 'IQAMA_LATE_RENEWAL', { submitted: 4 }),
      dayItem('2026-11-14', 'IQAMA_LATE_RENEWAL', { submitted: 8 }),
      dayItem('2026-11-15', 'IQAMA_LATE_RENEWAL', { submitted: 16 }),
    ];
    // Act
    const stats = reviewStats(input({ days, from: '2026-11-04', to: '2026-11-15', groupBy: 'week' }));
    // Assess
    expect(stats.groups.map((group) => [group.key, group.submitted])).toEqual([
      ['2026-11-01', 3],
      ['2026-11-08', 12],
      ['2026-11-15', 16],
    ]);
  });

  it('when grouped by request type, every type of the sections asked for has a group, in the catalogue’s order', () => {
    // Prepare
    const days = [
      dayItem('2026-11-05', 'PROFESSION_CHANGE', { submitted: 2 }),
      dayItem('2026-11-06', 'EXIT_REENTRY_VISA', { submitted: 5 }),
      dayItem('2026-11-07', 'PROFESSION_CHANGE', { submitted: 1 }),
    ];
    // Act
    const stats = reviewStats(input({ days, sections: ['RESIDENCY', 'VISAS'], groupBy: 'requestType' }));
    // Assess
    expect(stats.groups.map((group) => [group.key, group.submitted])).toEqual([
      ['IQAMA_ISSUANCE_RENEWAL', 0],
      ['IQAMA_LATE_RENEWAL', 0],
      ['PERSONAL_DATA_CORRECTION', 0],
      ['PROFESSION_CHANGE', 3],
      ['EXIT_REENTRY_VISA', 5],
      ['VISA_EXTENSION', 0],
    ]);
    expect(stats.totals.submitted).toBe(8);
  });

  it('when day items fall outside the window (read for the rising types), they count in no group and not in the totals', () => {
    // Prepare
    const days = [
      dayItem('2026-10-31', 'IQAMA_LATE_RENEWAL', { submitted: 100 }),
      dayItem('2026-11-01', 'IQAMA_LATE_RENEWAL', { submitted: 1 }),
      dayItem('2026-12-01', 'IQAMA_LATE_RENEWAL', { submitted: 100 }),
    ];
    // Act
    const stats = reviewStats(input({ days, groupBy: 'requestType' }));
    // Assess
    expect(stats.totals.submitted).toBe(1);
    expect(stats.groups.find((group) => group.key === 'IQAMA_LATE_RENEWAL')?.submitted).toBe(1);
  });

  it('when counts are summed, every volume is told: decisions, closings, appeals, breaches, rounds and the ratings’ distribution', () => {
    // Prepare
    const counts = {
      submitted: 10,
      accepted: 4,
      rejected: 2,
      closedNoResponse: 1,
      appealsFiled: 2,
      appealsOverturned: 1,
      appealsUpheld: 1,
      slaBreaches: 3,
      needsInfoRounds: 5,
      ratingCount: 3,
      ratingSum: 12,
      ratingScores: [0, 0, 1, 1, 1],
    };
    const days = [
      dayItem('2026-11-01', 'IQAMA_LATE_RENEWAL', counts),
      dayItem('2026-11-02', 'PROFESSION_CHANGE', counts),
    ];
    // Act
    const { totals } = reviewStats(input({ days }));
    // Assess
    expect(totals).toMatchObject({
      submitted: 20,
      decided: { accepted: 8, rejected: 4 },
      closed: { NO_RESPONSE: 2 },
      appeals: { filed: 4, overturned: 2, upheld: 2 },
      slaBreaches: 6,
      needsInfoRounds: 10,
      ratings: { count: 6, sum: 24, distribution: { '1': 0, '2': 0, '3': 2, '4': 2, '5': 2 } },
      slaBreachRate: 0.5,
      appealOverturnRate: 0.5,
      csat: 4 / 6,
    });
  });

  it('when a rate’s denominator is zero (no decisions, no appeal decisions, no ratings), the rate is null, not NaN', () => {
    // Prepare
    const days = [dayItem('2026-11-01', 'IQAMA_LATE_RENEWAL', { submitted: 3, slaBreaches: 1, appealsFiled: 1 })];
    // Act
    const { totals } = reviewStats(input({ days }));
    // Assess
    expect([totals.slaBreachRate, totals.appealOverturnRate, totals.csat]).toEqual([null, null, null]);
    expect(JSON.stringify(totals)).not.toContain('NaN');
  });

  it('when processing times are summed over days, the median and 80th percentile are read from the summed buckets', () => {
    // Prepare: 6 decisions within 2 working days, 4 within 9; hours 3 ≤ 24 h, 7 ≤ 168 h
    const days = [
      dayItem('2026-11-01', 'IQAMA_LATE_RENEWAL', {
        workingDays: histogram(WORKING_DAY_BUCKETS, { 2: 6 }),
        hours: histogram(HOUR_BUCKETS, { 4: 3 }),
      }),
      dayItem('2026-11-09', 'PROFESSION_CHANGE', {
        workingDays: histogram(WORKING_DAY_BUCKETS, { 9: 4 }),
        hours: histogram(HOUR_BUCKETS, { 8: 7 }),
      }),
    ];
    // Act
    const stats = reviewStats(input({ days, groupBy: 'week' }));
    // Assess
    expect(stats.totals.processingTime).toEqual({
      basedOn: 10,
      medianWorkingDays: { atMost: 2 },
      p80WorkingDays: { atMost: 9 },
      medianHours: { atMost: 168 },
      p80Hours: { atMost: 168 },
    });
    expect(stats.groups.find((group) => group.key === '2026-11-08')?.processingTime.p80WorkingDays).toEqual({
      atMost: 9,
    });
  });

  it('when decisions are spread over days and types, the window’s percentiles in working days are those of all its decisions, sorted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 29 }), workingDays: fc.integer({ min: 0, max: 40 }) }), {
          minLength: 1,
          maxLength: 200,
        }),
        (decisions) => {
          // Prepare: one day item per decision, as the projector would add them up
          const days = decisions.map(({ day, workingDays }, index) =>
            dayItem(addDays('2026-11-01', day), index % 2 ? 'IQAMA_LATE_RENEWAL' : 'PROFESSION_CHANGE', {
              workingDays: histogram(WORKING_DAY_BUCKETS, { [Math.min(workingDays, WORKING_DAY_LIMIT + 1)]: 1 }),
            }),
          );
          const sorted = decisions.map(({ workingDays }) => workingDays).sort((a, b) => a - b);
          const rank = (percent: number) => sorted[Math.ceil((percent * sorted.length) / 100) - 1]!;
          const told = (value: number) =>
            value > WORKING_DAY_LIMIT ? { moreThan: WORKING_DAY_LIMIT } : { atMost: value };
          // Act
          const { processingTime } = reviewStats(input({ days, groupBy: 'requestType' })).totals;
          // Assess
          expect(processingTime.basedOn).toBe(decisions.length);
          expect(processingTime.medianWorkingDays).toEqual(told(rank(50)));
          expect(processingTime.p80WorkingDays).toEqual(told(rank(80)));
        },
      ),
    );
  });

  it('when most decisions took longer than the histogram’s limit, the percentile reads "more than 30 working days"', () => {
    // Prepare
    const days = [
      dayItem('2026-11-01', 'IQAMA_LATE_RENEWAL', { workingDays: histogram(WORKING_DAY_BUCKETS, { 1: 1, 31: 4 }) }),
    ];
    // Act
    const { totals } = reviewStats(input({ days }));
    // Assess
    expect(totals.processingTime.medianWorkingDays).toEqual({ moreThan: 30 });
  });

  it('when nothing was decided, processing times are null and based on no decision', () => {
    expect(reviewStats(input({})).totals.processingTime).toEqual({
      basedOn: 0,
      medianWorkingDays: null,
      p80WorkingDays: null,
      medianHours: null,
      p80Hours: null,
    });
  });

  it('when the gauges are read, the backlog sums them, a gauge below zero counting as nothing open', () => {
    // Prepare
    const gauges = [
      { section: 'RESIDENCY' as const, category: 'IQAMA_LATE_RENEWAL' as const, open: 7, overdue: 2 },
      { section: 'RESIDENCY' as const, category: 'PROFESSION_CHANGE' as const, open: 3, overdue: 1 },
      { section: 'RESIDENCY' as const, category: 'PERSONAL_DATA_CORRECTION' as const, open: -1, overdue: -1 },
    ];
    // Act
    const { backlog } = reviewStats(input({ gauges }));
    // Assess
    expect(backlog).toEqual({ open: 10, overdue: 3 });
  });
});
