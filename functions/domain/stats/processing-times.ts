import { CATEGORIES, CATEGORY_CODES, type Category, type Section } from '../inquiries/categories.js';
import { addDays, type CalendarDate, daysBetween, riyadhToday } from '../shared/calendar-date.js';
import { type DurationBound, percentileBucket, workingDaysBound } from './bucket-percentile.js';
import type { DailyStats } from './day-counts.js';

/** The published figures look back this many complete days (in Riyadh), ending yesterday. */
export const PROCESSING_TIMES_WINDOW_DAYS = 180;

/** What is published: the time within which this share of first decisions were made. */
export const PUBLISHED_PERCENT = 80;

/** Fewer first decisions than this in the window, and a type's figure would say more about chance than about its review. */
export const MINIMUM_DECISIONS = 30;

/** One request type's published processing time, or the admission that there is too little to go by. */
export type RequestTypeProcessingTime = {
  category: Category;
  section: Section;
  /** First decisions in the window the figure is read from. */
  basedOn: number;
} & ({ withinWorkingDays: DurationBound } | { insufficientData: true });

/** The published processing times: counts and durations only, the same for every caller. */
export interface ProcessingTimes {
  /** When the figures were computed (ISO 8601). */
  computedAt: string;
  /** The days whose first decisions were counted, both included. */
  window: { from: CalendarDate; to: CalendarDate };
  /** Every request type, in the order the categories are listed. */
  requestTypes: RequestTypeProcessingTime[];
}

/** The complete days the figures computed at `now` are read from: today is not over yet. */
export const processingTimesWindow = (now: Date): { from: CalendarDate; to: CalendarDate } => {
  const to = addDays(riyadhToday(now), -1);
  return { from: addDays(to, 1 - PROCESSING_TIMES_WINDOW_DAYS), to };
};

const within = (day: CalendarDate, window: { from: CalendarDate; to: CalendarDate }) =>
  daysBetween(window.from, day) >= 0 && daysBetween(day, window.to) >= 0;

/**
 * Per request type: the number of working days within which PUBLISHED_PERCENT % of its first
 * decisions in the window were made, read from the day items' working-day histograms.
 */
export const processingTimes = (
  days: readonly DailyStats[],
  window: { from: CalendarDate; to: CalendarDate },
  computedAt: Date,
): ProcessingTimes => {
  const histograms = new Map<Category, number[]>();
  for (const { day, category, counts } of days) {
    if (!within(day, window)) continue;
    const sum = histograms.get(category) ?? [];
    for (const [bucket, count] of counts.workingDays.entries()) sum[bucket] = (sum[bucket] ?? 0) + count;
    histograms.set(category, sum);
  }
  const requestTypes = CATEGORY_CODES.map((category): RequestTypeProcessingTime => {
    const histogram = Array.from(histograms.get(category) ?? [], (count) => count ?? 0);
    const basedOn = histogram.reduce((sum, count) => sum + count, 0);
    const type = { category, section: CATEGORIES[category].section, basedOn };
    const bucket = percentileBucket(histogram, PUBLISHED_PERCENT);
    if (basedOn < MINIMUM_DECISIONS || bucket === undefined) return { ...type, insufficientData: true };
    return { ...type, withinWorkingDays: workingDaysBound(bucket) };
  });
  return { computedAt: computedAt.toISOString(), window, requestTypes };
};

/** The working days a new inquiry of `category` typically waits, when a number is published for it. */
export const typicalWorkingDays = (times: ProcessingTimes | undefined, category: Category): number | undefined => {
  const type = times?.requestTypes.find((candidate) => candidate.category === category);
  return type && 'withinWorkingDays' in type && 'atMost' in type.withinWorkingDays
    ? type.withinWorkingDays.atMost
    : undefined;
};
