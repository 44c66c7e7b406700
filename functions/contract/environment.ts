/** Names of the variables the CDK function construct sets and the production wiring reads. */
export const ENVIRONMENT = {
  inquiriesTable: 'INQUIRIES_TABLE_NAME',
  holidays: 'WORKING_CALENDAR_HOLIDAYS',
  /** Comma-separated web origins allowed to call the API from a browser. */
  allowedOrigins: 'ALLOWED_ORIGINS',
  attachmentsBucket: 'ATTACHMENTS_BUCKET_NAME',
  /** Residents' profiles and documents. */
  residentsTable: 'RESIDENTS_TABLE_NAME',
  /** What each expiry reminder became (sent or skipped), kept a year. */
  reminderLogTable: 'REMINDER_LOG_TABLE_NAME',
  /** The directorate's statistics: counters per day, section and request type (no personal data). */
  statsTable: 'STATS_TABLE_NAME',
  /** A record of every SMS sent, with its delivery, and each month's SMS spend. */
  messagesTable: 'MESSAGES_TABLE_NAME',
  /** What one SMS part is expected to cost in USD, until its receipt reports the price. */
  smsPricePerPartUsd: 'SMS_PRICE_PER_PART_USD',
  /** The stage's SMS budget for a calendar month in USD, which the reminder sweep keeps to (see SmsBudget). */
  smsMonthlyBudgetUsd: 'SMS_MONTHLY_BUDGET_USD',
  /** Days before expiry that reminders go out, comma-separated (default 30,14,7,1). */
  reminderLeadDays: 'REMINDER_LEAD_DAYS',
  /** SMS a second one reminder batch may send: the account's SMS quota over the batches run at once. */
  smsPerSecond: 'REMINDER_SMS_PER_SECOND',
  /** The bucket the authoritative register drops its document files in. */
  registerBucket: 'REGISTER_BUCKET_NAME',
  /** The review workflow's state machine: started on submission, resumed by decisions and replies. */
  reviewStateMachine: 'REVIEW_STATE_MACHINE_ARN',
  /** 'true' where GuardDuty malware protection scans the bucket: downloads then need its clean tag. */
  requireCleanScan: 'REQUIRE_CLEAN_MALWARE_SCAN',
  /** Set only by the local runtime: how far its clock has been moved ahead of the real time, in ms. */
  localClockOffsetMs: 'TAWASUL_LOCAL_CLOCK_OFFSET_MS',
  /** Set only by the local runtime: its S3 emulator answers on one host, with the bucket in the path. */
  s3PathStyle: 'S3_FORCE_PATH_STYLE',
} as const;
