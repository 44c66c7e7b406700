import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hoursBound,
  percentileBucket,
  workingDaysBound,
} from '../../../../functions/domain/stats/bucket-percentile.js';
import {
  HOUR_BOUNDS,
  HOUR_BUCKETS,
  WORKING_DAY_BUCKETS,
  WORKING_DAY_LIMIT,
} from '../../../../functions/domain/stats/day-counts.js';

/** The nearest-rank percentile of raw values: the smallest value at least `percent` % of them do not exceed. */
const nearestRank = (values: number[], percent: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((percent * sorted.length) / 100) - 1]!;
};

const workingDayBucketOf = (days: number) => Math.min(days, WORKING_DAY_LIMIT + 1);
const hourBucketOf = (hours: number) => {
  const index = HOUR_BOUNDS.findIndex((bound) => hours <= bound);
  return index === -1 ? HOUR_BOUNDS.length : index;
};

const histogramOf = (values: number[], bucketOf: (value: number) => number, length: number) => {
  const buckets = new Array<number>(length).fill(0);
  for (const value of values) buckets[bucketOf(value)]! += 1;
  return buckets;
};

const PERCENTS = fc.constantFrom(50, 80);

describe('percentiles read from histograms', () => {
  it('when durations in working days are counted by day, the bucket read is the sorted durations’ percentile, exactly up to the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 45 }), { minLength: 1, maxLength: 300 }), PERCENTS, (days, p) => {
        // Prepare
        const buckets = histogramOf(days, workingDayBucketOf, WORKING_DAY_BUCKETS);
        // Act
        const bucket = percentileBucket(buckets, p);
        // Assess
        const exact = nearestRank(days, p);
        expect(bucket).toBe(workingDayBucketOf(exact));
        expect(workingDaysBound(bucket!)).toEqual(
          exact > WORKING_DAY_LIMIT ? { moreThan: WORKING_DAY_LIMIT } : { atMost: exact },
        );
      }),
    );
  });

  it('when durations in hours are counted by bound, the bound read is the first one holding the sorted durations’ percentile', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 600, noNaN: true }), { minLength: 1, maxLength: 300 }),
        PERCENTS,
        (hours, p) => {
          // Prepare
          const buckets = histogramOf(hours, hourBucketOf, HOUR_BUCKETS);
          // Act
          const read = hoursBound(percentileBucket(buckets, p)!);
          // Assess
          const exact = nearestRank(hours, p);
          if ('atMost' in read) {
            expect(exact).toBeLessThanOrEqual(read.atMost);
            expect(HOUR_BOUNDS.filter((bound) => bound < read.atMost).every((bound) => exact > bound)).toBe(true);
          } else {
            expect(exact).toBeGreaterThan(read.moreThan);
          }
        },
      ),
    );
  });

  it('when 80 % of the count is not a whole number in floating point (15 × 0.8), the rank is still the 12th', () => {
    // Prepare: 12 decisions on day 2, 3 on day 9
    const buckets = new Array<number>(WORKING_DAY_BUCKETS).fill(0);
    buckets[2] = 12;
    buckets[9] = 3;
    // Act, Assess
    expect(percentileBucket(buckets, 80)).toBe(2);
  });

  it('when the histogram counts nothing, there is no percentile', () => {
    expect(percentileBucket(new Array<number>(WORKING_DAY_BUCKETS).fill(0), 50)).toBeUndefined();
  });

  it('when the percentile falls in the over-limit buckets, it reads as more than 30 working days or more than 336 hours', () => {
    expect(workingDaysBound(WORKING_DAY_LIMIT + 1)).toEqual({ moreThan: 30 });
    expect(workingDaysBound(WORKING_DAY_LIMIT)).toEqual({ atMost: 30 });
    expect(hoursBound(HOUR_BUCKETS - 1)).toEqual({ moreThan: 336 });
    expect(hoursBound(4)).toEqual({ atMost: 24 });
  });
});
