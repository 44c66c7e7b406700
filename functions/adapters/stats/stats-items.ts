import { STATS_TABLE_KEYS } from '../../contract/table-layouts.js';
import type { Category, Section } from '../../domain/inquiries/categories.js';
import type { CalendarDate } from '../../domain/shared/calendar-date.js';
import {
  type DayCounts,
  type DayCountsDelta,
  emptyDayCounts,
  HOUR_BUCKETS,
  RATING_SCORES,
  SCALAR_COUNTS,
  WORKING_DAY_BUCKETS,
} from '../../domain/stats/day-counts.js';

/**
 * How the statistics are laid out in their table: a section's partition holds its day items (sorted
 * by day, then request type, so a window is one key range) and its open gauges; each counted
 * change leaves a marker in a partition of its own. Counters are flat number attributes, so one
 * ADD moves each of them and an attribute never written reads as 0.
 */
const { partitionKey: PK, sortKey: SK } = STATS_TABLE_KEYS;

export const sectionPartition = (section: Section) => `SECTION#${section}`;
const DAY_PREFIX = 'DAY#';
const TYPE_INFIX = '#TYPE#';
export const GAUGE_PREFIX = 'OPEN#TYPE#';

export const dayItemKey = (section: Section, day: CalendarDate, category: Category) => ({
  [PK]: sectionPartition(section),
  [SK]: `${DAY_PREFIX}${day}${TYPE_INFIX}${category}`,
});
export const gaugeItemKey = (section: Section, category: Category) => ({
  [PK]: sectionPartition(section),
  [SK]: `${GAUGE_PREFIX}${category}`,
});
export const appliedMarkerKey = (reference: string, revision: number) => ({
  [PK]: `APPLIED#${reference}`,
  [SK]: `REV#${revision}`,
});

/** The sort keys bounding the day items from `from` to `to`, both included: '~' sorts after every request type. */
export const dayRange = (from: CalendarDate, to: CalendarDate) => ({
  first: `${DAY_PREFIX}${from}${TYPE_INFIX}`,
  last: `${DAY_PREFIX}${to}${TYPE_INFIX}~`,
});

const ratingAttribute = (score: number) => `rating${score}`;
const workingDaysAttribute = (bucket: number) => `wd${bucket}`;
const hoursAttribute = (bucket: number) => `h${bucket}`;
export const GAUGE_ATTRIBUTES = { open: 'open', overdue: 'overdue' } as const;

/** The attributes one change adds to a day item, and by how much; none is zero. */
export const dayItemAdditions = (delta: DayCountsDelta): Record<string, number> => {
  const additions: Record<string, number> = {};
  for (const [name, value] of Object.entries(delta.add)) if (value) additions[name] = value;
  if (delta.ratingScore !== undefined) additions[ratingAttribute(delta.ratingScore)] = 1;
  if (delta.workingDaysBucket !== undefined) additions[workingDaysAttribute(delta.workingDaysBucket)] = 1;
  if (delta.hoursBucket !== undefined) additions[hoursAttribute(delta.hoursBucket)] = 1;
  return additions;
};

const DAY_SORT_KEY = /^DAY#(\d{4}-\d{2}-\d{2})#TYPE#(.+)$/;

const count = (item: Record<string, unknown>, attribute: string) => Number(item[attribute] ?? 0);
const series = (item: Record<string, unknown>, length: number, attribute: (index: number) => string) =>
  Array.from({ length }, (_, index) => count(item, attribute(index)));

/** A day item read back: its day and request type from its sort key, its counts from its attributes. */
export const dailyStatsOf = (section: Section, item: Record<string, unknown>) => {
  const [, day, category] = DAY_SORT_KEY.exec(String(item[SK])) ?? [];
  if (!day || !category) throw new Error(`Not a day item of the statistics: ${String(item[SK])}`);
  const counts: DayCounts = {
    ...emptyDayCounts(),
    ...Object.fromEntries(SCALAR_COUNTS.map((name) => [name, count(item, name)])),
    ratingScores: series(item, RATING_SCORES, (index) => ratingAttribute(index + 1)),
    workingDays: series(item, WORKING_DAY_BUCKETS, workingDaysAttribute),
    hours: series(item, HOUR_BUCKETS, hoursAttribute),
  };
  return { day, section, category: category as Category, counts };
};

/** A gauge item read back. */
export const openGaugeOf = (section: Section, item: Record<string, unknown>) => ({
  section,
  category: String(item[SK]).slice(GAUGE_PREFIX.length) as Category,
  open: count(item, GAUGE_ATTRIBUTES.open),
  overdue: count(item, GAUGE_ATTRIBUTES.overdue),
});
