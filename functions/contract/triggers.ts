/**
 * The functions no route calls: those S3 events (through EventBridge), the inquiries table's
 * stream, the schedules and the state machines invoke.
 * The CDK app builds each under its id from its entry, and the local runtime loads the same entry.
 */

/** The function every object created in the attachments bucket invokes. */
export const VERIFY_UPLOAD = { id: 'VerifyUpload', entry: 'functions/handlers/attachments/verify-upload.ts' } as const;

/** The function S3 events for the register's files invoke. */
export const IMPORT_REGISTER = {
  id: 'ImportRegister',
  entry: 'functions/handlers/residents/import-register.ts',
} as const;

/** The function S3 events for establishments' bulk files invoke: it applies every line. */
export const PROCESS_BULK_FILE = {
  id: 'ProcessBulkFile',
  entry: 'functions/handlers/establishments/process-bulk-file.ts',
} as const;

/** The function the inquiries table's stream invokes with each new inquiry: it starts the inquiry's review. */
export const START_REVIEW = { id: 'StartReviewFunction', entry: 'functions/handlers/review/start-review.ts' } as const;

/** The function that starts, once a day and on demand, every review the stream did not start. */
export const RECONCILE_REVIEWS = {
  id: 'ReconcileReviewsFunction',
  entry: 'functions/handlers/review/reconcile-reviews.ts',
} as const;

/** The reminder sweep's tasks, by the construct id of their function. */
export const REMINDER_TASKS = {
  plan: { id: 'PlanSweepFunction', entry: 'functions/handlers/reminders/plan-sweep.ts' },
  send: { id: 'SendReminderBatchFunction', entry: 'functions/handlers/reminders/send-reminder-batch.ts' },
  digest: { id: 'SendDigestBatchFunction', entry: 'functions/handlers/reminders/send-digest-batch.ts' },
  summarize: { id: 'SummarizeSweepFunction', entry: 'functions/handlers/reminders/summarize-sweep.ts' },
} as const;

/** The review state machine's tasks, by the construct id of their function. */
export const REVIEW_TASKS = {
  begin: { id: 'BeginReviewFunction', entry: 'functions/handlers/review/begin-review.ts' },
  await: { id: 'AwaitNextFunction', entry: 'functions/handlers/review/await-next.ts' },
  timer: { id: 'OnTimerFunction', entry: 'functions/handlers/review/on-timer.ts' },
  notify: { id: 'NotifyResidentFunction', entry: 'functions/handlers/review/notify-resident.ts' },
} as const;

/** The function the inquiries table's stream invokes with every change of an inquiry, to count it in the statistics. */
export const PROJECT_INQUIRY_STATS = {
  id: 'ProjectInquiryStatsFunction',
  entry: 'functions/handlers/stats/project-inquiry-stats.ts',
} as const;

/** The function the daily schedule (and, locally, an operator on demand) invokes to publish the processing times afresh. */
export const REFRESH_PROCESSING_TIMES = {
  id: 'RefreshProcessingTimesFunction',
  entry: 'functions/handlers/stats/refresh-processing-times.ts',
} as const;

/** The function SNS's SMS delivery status logs reach through their subscription filters: it records each receipt. */
export const RECORD_SMS_DELIVERY = {
  id: 'RecordSmsDeliveryFunction',
  entry: 'functions/handlers/sms/record-sms-delivery.ts',
} as const;
