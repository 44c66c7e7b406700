import { HOUR_BOUNDS, WORKING_DAY_LIMIT } from './day-counts.js';

/**
 * The bucket holding the nearest-rank percentile of what a histogram counts: the first bucket
 * whose running total reaches `percent` % of all. Integer arithmetic, so that 80 % of 15 is 12,
 * not 12.000000000000002.
 * @returns undefined when the histogram counts nothing
 */
export const percentileBucket = (buckets: readonly number[], percent: number): number | undefined => {
  const total = buckets.reduce((sum, count) => sum + count, 0);
  if (total === 0) return undefined;
  let running = 0;
  for (const [index, count] of buckets.entries()) {
    running += count;
    if (running * 100 >= percent * total) return index;
  }
  return buckets.length - 1;
};

/** A duration read from a histogram: within a bucket's upper bound, or beyond the last bound. */
export type DurationBound = { atMost: number } | { moreThan: number };

/** Working-day bucket i holds durations of exactly i working days; the last, more than the limit. */
export const workingDaysBound = (bucket: number): DurationBound =>
  bucket > WORKING_DAY_LIMIT ? { moreThan: WORKING_DAY_LIMIT } : { atMost: bucket };

const LONGEST_HOUR_BOUND = Math.max(...HOUR_BOUNDS);

/** Hour bucket i holds durations up to HOUR_BOUNDS[i]; the last, anything longer than the longest bound. */
export const hoursBound = (bucket: number): DurationBound => {
  const bound = HOUR_BOUNDS[bucket];
  return bound === undefined ? { moreThan: LONGEST_HOUR_BOUND } : { atMost: bound };
};
