/** One page of the digest's work: establishments' contacts in one shard (see CONTACT_SHARDS). */
export interface DigestBatch {
  shard: number;
  /** Where to read from: a saved page position's id, FROM_START, or absent for the first page. */
  cursor?: string;
}

/** The digest counts documents expiring within this many days of the day it is sent (that day included). */
export const DIGEST_WINDOW_DAYS = 30;
