import { SERVICE_NAME } from './service-name.js';

/** The CloudWatch namespace the functions publish in and the alarms watch. */
export const METRICS_NAMESPACE = 'Tawasul';

/** The metric an escalation adds to, which the overdue-review alarm watches. */
export const ESCALATION_METRIC = {
  namespace: METRICS_NAMESPACE,
  name: 'ReviewsEscalated',
  service: SERVICE_NAME,
} as const;

/** The day's figures of the reminder sweep; the alarms watch the failed batches and the uncertain reminders. */
export const REMINDER_METRICS = {
  namespace: METRICS_NAMESPACE,
  service: SERVICE_NAME,
  sent: 'RemindersSent',
  skipped: 'RemindersSkipped',
  failedBatches: 'ReminderBatchesFailed',
  uncertain: 'RemindersUncertain',
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
  startedByReconciliation: 'ReviewsStartedByReconciliation',
} as const;
