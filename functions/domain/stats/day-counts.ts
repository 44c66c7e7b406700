import type { Category, Section } from '../inquiries/categories.js';
import type { CalendarDate } from '../shared/calendar-date.js';

/**
 * What the directorate counts per day (in Riyadh) × section × request type. Every figure is a sum
 * of counters, so a window's figures — percentiles included — are read by adding day items up,
 * never by looking at inquiries.
 */
export const SCALAR_COUNTS = [
  'submitted',
  /** Of those submitted, the ones establishments filed for their employees: submittedBy as a dimension. */
  'submittedByEstablishments',
  'accepted',
  'rejected',
  'closedNoResponse',
  'appealsFiled',
  'appealsOverturned',
  'appealsUpheld',
  'slaBreaches',
  'needsInfoRounds',
  'ratingCount',
  'ratingSum',
] as const;
export type ScalarCount = (typeof SCALAR_COUNTS)[number];

/** Ratings are scored 1 to 5; `ratingScores[score - 1]` counts each score. */
export const RATING_SCORES = 5;

/**
 * Processing time (submission to first decision) in whole working days: one bucket per day from 0
 * to this limit, and one for anything longer. Percentiles in working days are then exact.
 */
export const WORKING_DAY_LIMIT = 30;
export const WORKING_DAY_BUCKETS = WORKING_DAY_LIMIT + 2;

/** Processing time in hours: bucket i holds durations ≤ HOUR_BOUNDS[i]; the last one anything longer. */
export const HOUR_BOUNDS = [1, 2, 4, 8, 24, 48, 72, 120, 168, 336] as const;
export const HOUR_BUCKETS = HOUR_BOUNDS.length + 1;

export interface DayCounts extends Record<ScalarCount, number> {
  /** Length RATING_SCORES. */
  ratingScores: number[];
  /** Length WORKING_DAY_BUCKETS. */
  workingDays: number[];
  /** Length HOUR_BUCKETS. */
  hours: number[];
}

/** One day item: the counts of one request type of one section on one day. */
export interface DailyStats {
  day: CalendarDate;
  section: Section;
  category: Category;
  counts: DayCounts;
}

/** What is open now, per request type: kept as gauges that each change moves up or down. */
export interface OpenGauge {
  section: Section;
  category: Category;
  open: number;
  /** Open and past its response deadline (escalated). */
  overdue: number;
}

/** What one change adds to one day item: counters, and at most one bucket of each histogram. */
export interface DayCountsDelta {
  day: CalendarDate;
  section: Section;
  category: Category;
  add: Partial<Record<ScalarCount, number>>;
  /** 1–5: the score whose counter goes up by one. */
  ratingScore?: number;
  /** Index of the working-day bucket that goes up by one. */
  workingDaysBucket?: number;
  /** Index of the hour bucket that goes up by one. */
  hoursBucket?: number;
}

/** What one change moves the open gauges of one request type by (−1, 0 or +1 each). */
export interface OpenGaugeDelta {
  section: Section;
  category: Category;
  open: number;
  overdue: number;
}

/**
 * Everything one stored change of an inquiry adds to the statistics, named by the change itself
 * (reference and revision), so that a change delivered twice is counted once.
 */
export interface StatsChange {
  reference: string;
  revision: number;
  days: DayCountsDelta[];
  gauges: OpenGaugeDelta[];
}

export const emptyDayCounts = (): DayCounts => ({
  ...(Object.fromEntries(SCALAR_COUNTS.map((name) => [name, 0])) as Record<ScalarCount, number>),
  ratingScores: new Array<number>(RATING_SCORES).fill(0),
  workingDays: new Array<number>(WORKING_DAY_BUCKETS).fill(0),
  hours: new Array<number>(HOUR_BUCKETS).fill(0),
});
