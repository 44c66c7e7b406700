import type { CalendarDate } from '../shared/calendar-date.js';

/**
 * How many partitions the expiry index spreads one day's documents over. About 36,000 documents
 * expire on a day nationally; sixteen partitions keep each under DynamoDB's per-partition write
 * rate when the register loads a day at once, and give the sweep sixteen pages to read in parallel.
 */
export const EXPIRY_SHARDS = 16;

/** One page of work: documents expiring on `expiresOn` in one shard of the index, reminded `leadDays` ahead. */
export interface ReminderBatch {
  expiresOn: CalendarDate;
  leadDays: number;
  shard: number;
  /** Where to read from: a saved page position's id, FROM_START, or absent for the first page. */
  cursor?: string;
}
