import type { Category } from '../inquiries/categories.js';
import { addDays, type CalendarDate } from '../shared/calendar-date.js';
import type { DailyStats } from './day-counts.js';

/**
 * "Complaint patterns": the request types whose submissions in the last week grew most against
 * the four weeks before. A type needs `minimumLastWeek` submissions to count, so that 1 → 3 is not
 * a pattern; growth over an average below one is measured against one for the same reason.
 */
export const RISING = { previousWeeks: 4, minimumLastWeek: 5, top: 5 } as const;

/** How many days of day items rising types are read from: the last week and the weeks before it. */
export const RISING_HORIZON_DAYS = 7 * (RISING.previousWeeks + 1);

export interface RisingRequestType {
  category: Category;
  /** Submitted in the 7 days ending with the last day looked at. */
  lastWeek: number;
  /** Submitted per week, on average, in the four weeks before. */
  previousFourWeekAverage: number;
  /** (lastWeek − average) / max(average, 1): 1 means twice the usual volume. */
  growth: number;
}

/**
 * The types that grew, most first (ties: more submissions first, then by code), at most `RISING.top`.
 * @param upTo the last day of the last week (a complete day)
 */
export const risingRequestTypes = (days: readonly DailyStats[], upTo: CalendarDate): RisingRequestType[] => {
  const lastWeekFrom = addDays(upTo, -6);
  const previousFrom = addDays(upTo, 1 - RISING_HORIZON_DAYS);
  const volumes = new Map<Category, { lastWeek: number; previous: number }>();
  for (const { day, category, counts } of days) {
    if (day < previousFrom || day > upTo) continue;
    const volume = volumes.get(category) ?? { lastWeek: 0, previous: 0 };
    if (day >= lastWeekFrom) volume.lastWeek += counts.submitted;
    else volume.previous += counts.submitted;
    volumes.set(category, volume);
  }
  return [...volumes]
    .map(([category, { lastWeek, previous }]) => {
      const previousFourWeekAverage = previous / RISING.previousWeeks;
      const growth = (lastWeek - previousFourWeekAverage) / Math.max(previousFourWeekAverage, 1);
      return { category, lastWeek, previousFourWeekAverage, growth };
    })
    .filter(({ lastWeek, growth }) => lastWeek >= RISING.minimumLastWeek && growth > 0)
    .sort((a, b) => b.growth - a.growth || b.lastWeek - a.lastWeek || (a.category < b.category ? -1 : 1))
    .slice(0, RISING.top);
};
