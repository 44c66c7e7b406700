import { describe, expect, it } from 'vitest';
import { HOUR_BUCKETS, WORKING_DAY_BUCKETS } from '../../../../functions/domain/stats/day-counts.js';
import { hoursBucket, workingDaysBucket } from '../../../../functions/domain/stats/processing-time-buckets.js';

const HOUR = 60 * 60 * 1000;

describe('processing-time buckets', () => {
  it('when a processing time is counted in working days, each day up to 30 has its own bucket and anything longer the last', () => {
    expect([0, 1, 7, 30].map(workingDaysBucket)).toEqual([0, 1, 7, 30]);
    expect([31, 45, 400].map(workingDaysBucket)).toEqual([31, 31, 31]);
    expect(WORKING_DAY_BUCKETS).toBe(32);
  });

  it('when a processing time is counted in hours, it falls in the first bucket whose bound it does not exceed', () => {
    // Bounds: 1, 2, 4, 8, 24, 48, 72, 120, 168, 336 hours, then longer.
    expect(hoursBucket(0)).toBe(0);
    expect(hoursBucket(1 * HOUR)).toBe(0);
    expect(hoursBucket(1 * HOUR + 1)).toBe(1);
    expect(hoursBucket(24 * HOUR)).toBe(4);
    expect(hoursBucket(25 * HOUR)).toBe(5);
    expect(hoursBucket(336 * HOUR)).toBe(9);
  });

  it('when it took longer than two weeks, it falls in the last hour bucket', () => {
    expect(hoursBucket(336 * HOUR + 1)).toBe(HOUR_BUCKETS - 1);
    expect(hoursBucket(5000 * HOUR)).toBe(10);
  });
});
