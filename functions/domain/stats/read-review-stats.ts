import type { Section } from '../inquiries/categories.js';
import { addDays, type CalendarDate, daysBetween, riyadhToday } from '../shared/calendar-date.js';
import type { StatsReader } from './ports.js';
import { type ReviewStats, reviewStats } from './review-stats.js';
import { RISING_HORIZON_DAYS } from './rising-request-types.js';
import type { Grouping } from './stats-window.js';

export interface ReviewStatsQuery {
  /** The sections the caller may see and asked for: one, or every section for a supervisor. */
  sections: readonly Section[];
  from: CalendarDate;
  to: CalendarDate;
  groupBy: Grouping;
}

const earlier = (a: CalendarDate, b: CalendarDate): CalendarDate => (daysBetween(a, b) >= 0 ? a : b);

/**
 * Reads a window's statistics from the day items and gauges of the sections asked for: per
 * section one read of days (the window, and the rising types' five weeks with it) and one of
 * gauges, whatever the number of inquiries.
 */
export const readReviewStats = async (
  deps: { stats: StatsReader; clock: () => Date },
  query: ReviewStatsQuery,
): Promise<ReviewStats> => {
  // Today is not over yet: the rising types' last week ends with the last complete day.
  const lastCompleteDay = addDays(riyadhToday(deps.clock()), -1);
  const risingUpTo = earlier(query.to, lastCompleteDay);
  const horizonFrom = addDays(risingUpTo, 1 - RISING_HORIZON_DAYS);
  const readFrom = earlier(horizonFrom, query.from);
  const read = await Promise.all(
    query.sections.map((section) =>
      Promise.all([deps.stats.dailyStats(section, readFrom, query.to), deps.stats.openGauges(section)]),
    ),
  );
  return reviewStats({
    days: read.flatMap(([days]) => days),
    gauges: read.flatMap(([, gauges]) => gauges),
    sections: query.sections,
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    risingUpTo,
  });
};
