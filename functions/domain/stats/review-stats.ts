import { CATEGORIES, CATEGORY_CODES, type Category, type Section } from '../inquiries/categories.js';
import { addDays, type CalendarDate, daysBetween } from '../shared/calendar-date.js';
import { type DurationBound, hoursBound, percentileBucket, workingDaysBound } from './bucket-percentile.js';
import { type DailyStats, type DayCounts, emptyDayCounts, type OpenGauge, SCALAR_COUNTS } from './day-counts.js';
import { type RisingRequestType, risingRequestTypes } from './rising-request-types.js';
import type { Grouping } from './stats-window.js';

/** Weeks start on Sunday, the first day of the Saudi working week (getUTCDay's 0). */
const WEEK_START_DAY = 0;

type RatingDistribution = Record<'1' | '2' | '3' | '4' | '5', number>;

/** Processing time from submission to the first decision, read from the histograms. */
export interface ProcessingTime {
  /** First decisions the figures are read from. */
  basedOn: number;
  medianWorkingDays: DurationBound | null;
  p80WorkingDays: DurationBound | null;
  medianHours: DurationBound | null;
  p80Hours: DurationBound | null;
}

/** What happened in a window (or one group of it): counts, durations and rates, never anyone's data. */
export interface Figures {
  submitted: number;
  /** Of those submitted, the ones establishments filed for their employees. */
  submittedByEstablishments: number;
  decided: { accepted: number; rejected: number };
  closed: { NO_RESPONSE: number };
  appeals: { filed: number; overturned: number; upheld: number };
  slaBreaches: number;
  needsInfoRounds: number;
  ratings: { count: number; sum: number; distribution: RatingDistribution };
  processingTime: ProcessingTime;
  /** slaBreaches / (accepted + rejected); null without decisions. */
  slaBreachRate: number | null;
  /** overturned / (overturned + upheld); null without appeal decisions. */
  appealOverturnRate: number | null;
  /** Share of ratings that are 4 or 5; null without ratings. */
  csat: number | null;
}

/** A group's figures under its key: the day, the week's Sunday, or the request type. */
export type StatsGroup = { key: string } & Figures;

export interface ReviewStats {
  from: CalendarDate;
  to: CalendarDate;
  groupBy: Grouping;
  groups: StatsGroup[];
  totals: Figures;
  /** Open now, and of those past their response deadline. */
  backlog: { open: number; overdue: number };
  risingRequestTypes: RisingRequestType[];
}

export interface ReviewStatsInput {
  /** The day items of the sections asked for, from the window and the rising types' horizon. */
  days: readonly DailyStats[];
  gauges: readonly OpenGauge[];
  sections: readonly Section[];
  from: CalendarDate;
  to: CalendarDate;
  groupBy: Grouping;
  /** The last complete day the rising types are measured up to. */
  risingUpTo: CalendarDate;
}

const addCounts = (sum: DayCounts, counts: DayCounts): void => {
  for (const name of SCALAR_COUNTS) sum[name] += counts[name];
  for (const field of ['ratingScores', 'workingDays', 'hours'] as const)
    for (const [index, count] of counts[field].entries()) sum[field][index] = (sum[field][index] ?? 0) + count;
};

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

const bound = (buckets: number[], percent: number, read: (bucket: number) => DurationBound) => {
  const bucket = percentileBucket(buckets, percent);
  return bucket === undefined ? null : read(bucket);
};

const figuresOf = (counts: DayCounts): Figures => {
  const decided = counts.accepted + counts.rejected;
  const score = (n: number) => counts.ratingScores[n - 1] ?? 0;
  return {
    submitted: counts.submitted,
    submittedByEstablishments: counts.submittedByEstablishments,
    decided: { accepted: counts.accepted, rejected: counts.rejected },
    closed: { NO_RESPONSE: counts.closedNoResponse },
    appeals: { filed: counts.appealsFiled, overturned: counts.appealsOverturned, upheld: counts.appealsUpheld },
    slaBreaches: counts.slaBreaches,
    needsInfoRounds: counts.needsInfoRounds,
    ratings: {
      count: counts.ratingCount,
      sum: counts.ratingSum,
      distribution: { '1': score(1), '2': score(2), '3': score(3), '4': score(4), '5': score(5) },
    },
    processingTime: {
      basedOn: counts.workingDays.reduce((sum, count) => sum + count, 0),
      medianWorkingDays: bound(counts.workingDays, 50, workingDaysBound),
      p80WorkingDays: bound(counts.workingDays, 80, workingDaysBound),
      medianHours: bound(counts.hours, 50, hoursBound),
      p80Hours: bound(counts.hours, 80, hoursBound),
    },
    slaBreachRate: rate(counts.slaBreaches, decided),
    appealOverturnRate: rate(counts.appealsOverturned, counts.appealsOverturned + counts.appealsUpheld),
    csat: rate(score(4) + score(5), counts.ratingCount),
  };
};

const weekOf = (day: CalendarDate): CalendarDate => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday - WEEK_START_DAY + 7) % 7));
};

/** Every key of the window in order, so that a day or week without activity shows as zeros. */
const keysOf = (input: ReviewStatsInput): string[] => {
  if (input.groupBy === 'requestType') {
    const scope = new Set(input.sections);
    return CATEGORY_CODES.filter((category: Category) => scope.has(CATEGORIES[category].section));
  }
  const keys: string[] = [];
  // Counted, not compared: a window's days are a fixed number, whatever the dates look like.
  for (let offset = 0; offset <= daysBetween(input.from, input.to); offset++) {
    const day = addDays(input.from, offset);
    const key = input.groupBy === 'day' ? day : weekOf(day);
    if (keys.at(-1) !== key) keys.push(key);
  }
  return keys;
};

const keyOf = (item: DailyStats, groupBy: Grouping): string =>
  groupBy === 'day' ? item.day : groupBy === 'week' ? weekOf(item.day) : item.category;

/**
 * The directorate's figures for a window, by day, week (from its Sunday; the first and last may be
 * cut by the window) or request type, with the window's totals, the backlog now and the rising
 * request types. Percentiles are read from the summed histograms: exact in working days (up to
 * the limit), an upper bound in hours.
 */
export const reviewStats = (input: ReviewStatsInput): ReviewStats => {
  const groups = new Map(keysOf(input).map((key) => [key, emptyDayCounts()]));
  const totals = emptyDayCounts();
  for (const item of input.days) {
    if (item.day < input.from || item.day > input.to) continue;
    const group = groups.get(keyOf(item, input.groupBy));
    if (group) addCounts(group, item.counts);
    addCounts(totals, item.counts);
  }
  // A gauge below zero means changes of inquiries older than the counting itself: nothing is open below zero.
  const backlog = input.gauges.reduce(
    (sum, gauge) => ({ open: sum.open + Math.max(gauge.open, 0), overdue: sum.overdue + Math.max(gauge.overdue, 0) }),
    { open: 0, overdue: 0 },
  );
  return {
    from: input.from,
    to: input.to,
    groupBy: input.groupBy,
    groups: [...groups].map(([key, counts]) => ({ key, ...figuresOf(counts) })),
    totals: figuresOf(totals),
    backlog,
    risingRequestTypes: risingRequestTypes(input.days, input.risingUpTo),
  };
};
