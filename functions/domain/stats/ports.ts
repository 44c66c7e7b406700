import type { Section } from '../inquiries/categories.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { DailyStats, OpenGauge, StatsChange } from './day-counts.js';
import type { ProcessingTimes } from './processing-times.js';

/** Where the statistics are kept: what the stream's projector writes. */
export interface StatsStore {
  /**
   * Adds one change's counts, all or nothing.
   * @returns 'alreadyApplied' when this change (reference and revision) was counted before
   */
  apply(change: StatsChange): Promise<'applied' | 'alreadyApplied'>;
}

/** What the statistics are read from: day items and gauges, never inquiries. */
export interface StatsReader {
  /** The day items of a section between two days, both included. */
  dailyStats(section: Section, from: CalendarDate, to: CalendarDate): Promise<DailyStats[]>;
  /** The open gauges of a section, one per request type that ever had an inquiry. */
  openGauges(section: Section): Promise<OpenGauge[]>;
}

/** The published processing times as last refreshed: one snapshot, the same for every caller. */
export interface PublishedProcessingTimes {
  /** @returns undefined before the first refresh */
  latest(): Promise<ProcessingTimes | undefined>;
}

/** Where each daily refresh publishes the processing times, in place of the last ones. */
export interface ProcessingTimesPublisher {
  publish(times: ProcessingTimes): Promise<void>;
}
