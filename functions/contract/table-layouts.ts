/** The attribute DynamoDB's TTL deletes idempotency claims by; every table that holds claims declares it. */
export const CLAIM_TIME_TO_LIVE = 'expiresAt';

/** Key layout of the inquiries table: the CDK table declares these names, the repository reads and writes them. */
export const INQUIRY_TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  byResidentIndex: 'byResident',
  residentId: 'residentId',
  createdAt: 'createdAt',
  /** The inquiries an establishment filed for its employees, newest first (sparse: only those carry it). */
  byEstablishmentIndex: 'byEstablishment',
  submittingEstablishment: 'submittingEstablishment',
  /** Open inquiries of a section, the soonest due first. Closing an inquiry removes it (sparse). */
  reviewQueueIndex: 'reviewQueue',
  reviewSection: 'reviewSection',
  queueKey: 'queueKey',
  /** Only idempotency claims expire. */
  timeToLive: CLAIM_TIME_TO_LIVE,
} as const;

/** Key layout of the residents table: the CDK table declares these names, the document register reads and writes them. */
export const RESIDENT_TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Documents by expiry date, spread over EXPIRY_SHARDS partitions per date. */
  byExpiryIndex: 'byExpiry',
  expiryShard: 'expiryShard',
  /**
   * An establishment's employees' own documents by expiry date: the documents of a resident whose
   * register line names an establishment carry its number as `employer` (sparse: no one else's do).
   */
  byEmployerIndex: 'byEmployer',
  employer: 'employer',
  expiresOn: 'expiresOn',
  /** Only idempotency claims (of passport and preference updates) expire. */
  timeToLive: CLAIM_TIME_TO_LIVE,
} as const;

/**
 * Where the residents table keeps establishments' contacts (from their staff's sign-ins): one
 * partition per contact shard, `<prefix><shard>`, an item per establishment in it, so the daily
 * digest queries sixteen partitions and never scans. The grants are limited to these partitions.
 */
export const ESTABLISHMENT_CONTACTS_PARTITION_PREFIX = 'ESTABLISHMENT_CONTACTS#';

/** The only attributes the expiry index copies: what a reminder needs, and no document number or name. */
export const EXPIRY_INDEX_ATTRIBUTES: readonly string[] = [
  'documentId',
  'documentType',
  'expiresOn',
  'dependent',
  'phone',
  'locale',
  'smsReminders',
];

/** What the employer index copies: what an establishment's list shows, and no name, phone or dependent. */
export const EMPLOYER_INDEX_ATTRIBUTES: readonly string[] = [
  'iqamaNumber',
  'documentId',
  'documentType',
  'number',
  'issuedOn',
];

/**
 * Key layout of the statistics table: counters per section, day and request type, the open gauges
 * per section and request type, and a marker per counted change (which expires). It holds no
 * personal data: counts only.
 */
export const STATS_TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk', timeToLive: 'expiresAt' } as const;

/**
 * Key layout of the messages table: an item per SMS sent (`MESSAGE#<SNS message id>`) and one per
 * billing month holding its spend (`SPEND#<yyyy-mm>`). Inquiry notices carry their inquiry as
 * `subject`, which the sparse subject index lists them by, oldest first.
 */
export const MESSAGE_TABLE_KEYS = {
  partitionKey: 'pk',
  bySubjectIndex: 'bySubject',
  subject: 'subject',
  sentAt: 'sentAt',
  timeToLive: 'expiresAt',
} as const;

/** The partitions of the months' SMS spend, which the reminder sweep may read and nothing else of the table. */
export const SMS_SPEND_PARTITION_PREFIX = 'SPEND#';

/** Key layout of the reminder log: one item per reminder (and per sweep page position), each expiring. */
export const REMINDER_LOG_KEYS = { partitionKey: 'reminder', timeToLive: 'expiresAt' } as const;

/**
 * What marks an inquiry's own item among the others in the inquiries table (attachments,
 * idempotency claims): the stream's consumers filter their records by it.
 */
export const INQUIRY_ITEM_MARK = { attribute: 'entity', value: 'INQUIRY' } as const;

/**
 * Where the residents table keeps establishments' bulk requests: one partition per establishment,
 * `<prefix><establishmentId>`, holding each request and the chunks of its report. They expire.
 */
export const BULK_REQUESTS_PARTITION_PREFIX = 'BULK_REQUESTS#';
