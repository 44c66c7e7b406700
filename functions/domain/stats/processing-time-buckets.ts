import { HOUR_MS } from '../shared/calendar-date.js';
import { HOUR_BOUNDS, WORKING_DAY_LIMIT } from './day-counts.js';

/** The working-day bucket of a processing time: one per whole day up to the limit, then one for anything longer. */
export const workingDaysBucket = (workingDays: number): number => Math.min(workingDays, WORKING_DAY_LIMIT + 1);

/** The hour bucket of a processing time: the first whose bound it does not exceed, else the last (anything longer). */
export const hoursBucket = (durationMs: number): number => {
  const hours = durationMs / HOUR_MS;
  const bucket = HOUR_BOUNDS.findIndex((bound) => hours <= bound);
  return bucket === -1 ? HOUR_BOUNDS.length : bucket;
};
