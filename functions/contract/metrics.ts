import { SERVICE_NAME } from './service-name.js';

/** The CloudWatch namespace the functions publish in and the alarms watch. */
export const METRICS_NAMESPACE = 'Tawasul';

/** The metric an escalation adds to, which the overdue-review alarm watches. */
export const ESCALATION_METRIC = {
  namespace: METRICS_NAMESPACE,
  name: 'ReviewsEscalated',
  service: SERVICE_NAME,
} as const;

/** The day's figures of the reminder sweep (and its digests); the alarms watch the failed batches and the uncertain SMS. */
export const REMINDER_METRICS = {
  namespace: METRICS_NAMESPACE,
  service: SERVICE_NAME,
  sent: 'RemindersSent',
  skipped: 'RemindersSkipped',
  digestsSent: 'EstablishmentDigestsSent',
  failedBatches: 'ReminderBatchesFailed',
  uncertain: 'RemindersUncertain',
  deferredForBudget: 'RemindersDeferredForBudget',
} as const;

/** What the statistics' projector did with the changes it was given: counted, or seen before (a stream's repeat delivery). */
export const STATS_METRICS = {
  namespace: METRICS_NAMESPACE,
  service: SERVICE_NAME,
  applied: 'StatsChangesApplied',
  repeated: 'StatsChangesRepeated',
} as const;

/**
 * Reviews started from the inquiries table's stream, and by the daily reconciliation. Repeats are
 * deliveries the stream made again (counted, never failed); a start made by the reconciliation
 * means the stream lost one, which the alarm watches.
 */
export const REVIEW_START_METRICS = {
  namespace: METRICS_NAMESPACE,
  service: SERVICE_NAME,
  started: 'ReviewsStarted',
  repeated: 'ReviewStartsRepeated',
  /** Records marked as new inquiries that hold none: passed over, so that they hold nothing up. */
  unreadable: 'UnreadableInquiryRecords',
  startedByReconciliation: 'ReviewsStartedByReconciliation',
  /** Submitted inquiries ten minutes old whose execution exists: it ended without moving them on. */
  stuck: 'ReviewsStuckAfterStart',
} as const;

/**
 * What became of the SMS: sent (a record written), and each receipt's verdict, with the purpose
 * (which notice or reminder), the language and the Riyadh hour it was sent in as separate
 * dimension sets, so that the rate can be read by each without a metric per combination.
 */
export const SMS_METRICS = {
  namespace: METRICS_NAMESPACE,
  service: SERVICE_NAME,
  delivered: 'SmsDelivered',
  failed: 'SmsFailed',
  /** SMS that went out but whose record could not be written: no receipt can reach them. */
  recordsLost: 'SmsRecordsLost',
  /** Receipts of messages with no record (sent before records were kept, or their record lost). */
  receiptsUnmatched: 'SmsReceiptsUnmatched',
  /** The month's SMS spend so far in USD, after each receipt: what the spend alarm watches. */
  monthToDateSpend: 'SmsMonthToDateSpendUsd',
  dimensions: { purpose: 'Purpose', language: 'Language', hour: 'RiyadhHour' },
} as const;
