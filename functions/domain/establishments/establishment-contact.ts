import type { Locale } from '../shared/locale.js';

/** Where an establishment's digest goes: the phone and locale of its staff member who signed in last. */
export interface EstablishmentContact {
  establishmentId: string;
  phone: string;
  locale: Locale;
}

/**
 * How many partitions the establishments' contacts are spread over. Over a million establishments
 * exist: the daily digest reads them shard by shard, in parallel, never by a scan of the table.
 */
export const CONTACT_SHARDS = 16;

/** The shard an establishment's contact is kept in; unified numbers are issued in sequence, so they spread evenly. */
export const contactShardOf = (establishmentId: string): number => Number(establishmentId) % CONTACT_SHARDS;
