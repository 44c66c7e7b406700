import type { Category, Section } from '../../functions/domain/inquiries/categories.js';
import { sectionOf } from '../../functions/domain/inquiries/categories.js';
import type { CalendarDate } from '../../functions/domain/shared/calendar-date.js';
import {
  type DailyStats,
  type DayCounts,
  emptyDayCounts,
  type OpenGauge,
} from '../../functions/domain/stats/day-counts.js';
import type { StatsReader } from '../../functions/domain/stats/ports.js';

/** Counts of one day item: the scalars given, and histograms where the test sets buckets. */
export const dayCounts = (counts: Partial<DayCounts> = {}): DayCounts => ({ ...emptyDayCounts(), ...counts });

/** One day item of a request type, in that type's section. */
export const dayItem = (day: CalendarDate, category: Category, counts: Partial<DayCounts> = {}): DailyStats => ({
  day,
  section: sectionOf(category),
  category,
  counts: dayCounts(counts),
});

/** A histogram of `length` buckets with the counts given by bucket index. */
export const histogram = (length: number, counts: Record<number, number>): number[] =>
  Array.from({ length }, (_, index) => counts[index] ?? 0);

/** A reader with the port's semantics over items the test holds; it records what was read. */
export class InMemoryStatsReader implements StatsReader {
  readonly reads: { section: Section; from?: CalendarDate; to?: CalendarDate; what: 'days' | 'gauges' }[] = [];

  constructor(
    readonly days: DailyStats[] = [],
    readonly gauges: OpenGauge[] = [],
  ) {}

  async dailyStats(section: Section, from: CalendarDate, to: CalendarDate): Promise<DailyStats[]> {
    this.reads.push({ section, from, to, what: 'days' });
    return this.days.filter((item) => item.section === section && item.day >= from && item.day <= to);
  }

  async openGauges(section: Section): Promise<OpenGauge[]> {
    this.reads.push({ section, what: 'gauges' });
    return this.gauges.filter((gauge) => gauge.section === section);
  }
}
