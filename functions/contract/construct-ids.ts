/**
 * Ids the CDK app gives the constructs that the local runtime, the tests and the benchmarks look up
 * in the synthesized templates. Logical IDs are made from them: changing one replaces the resource.
 * The functions' own ids are those of ROUTES and of the triggers.
 */

/** The data stack's tables, below the stack. */
export const DATA_CONSTRUCTS = {
  inquiries: { id: 'Inquiries', table: 'Table' },
  residentTables: { id: 'ResidentTables', residents: 'Residents', reminderLog: 'ReminderLog' },
  stats: { id: 'Stats', table: 'Table' },
  messages: { id: 'Messages', table: 'Table' },
} as const;

/**
 * The service stack's state machines, event rules, stream consumers and schedules, below the stack;
 * the workflows' task functions sit beside their state machine, a trigger's function in its construct.
 */
export const SERVICE_CONSTRUCTS = {
  reviewWorkflow: { id: 'ReviewWorkflow', stateMachine: 'StateMachine' },
  reminderSweep: { id: 'ReminderSweep', stateMachine: 'StateMachine' },
  uploadVerification: { id: 'UploadVerification', rule: 'ObjectCreated' },
  registerImport: { id: 'RegisterImport', rule: 'FileDropped' },
  bulkFileProcessing: { id: 'BulkFileProcessing', rule: 'FileUploaded' },
  /** START_REVIEW's function and its event source mapping on the inquiries table's stream. */
  reviewStart: { id: 'ReviewStart' },
  /** RECONCILE_REVIEWS's function and the schedule that invokes it. */
  reviewReconciliation: { id: 'ReviewReconciliation', schedule: 'Daily' },
  /** PROJECT_INQUIRY_STATS's function and its event source mapping on the inquiries table's stream. */
  statsProjection: { id: 'StatsProjection' },
  processingTimesRefresh: { id: 'ProcessingTimesRefresh', schedule: 'Daily' },
  /** RECORD_SMS_DELIVERY's function and the subscription filters of the two delivery log groups. */
  smsDeliveryReceipts: { id: 'SmsDeliveryReceipts', delivered: 'Delivered', failed: 'Failed' },
  /** The nested stack of the routes' functions, each named by its route's id. */
  routeFunctions: { id: 'RouteFunctions' },
} as const;

const { inquiries, residentTables, stats, messages } = DATA_CONSTRUCTS;

/** How the logical IDs of the data stack's tables begin: CDK joins the ids of the path, then appends a hash. */
export const TABLE_LOGICAL_ID_PREFIXES = {
  inquiries: `${inquiries.id}${inquiries.table}`,
  residents: `${residentTables.id}${residentTables.residents}`,
  reminderLog: `${residentTables.id}${residentTables.reminderLog}`,
  stats: `${stats.id}${stats.table}`,
  messages: `${messages.id}${messages.table}`,
} as const;

/** A construct's path below its stack, from the ids on the way down: `ReviewWorkflow/StateMachine`. */
export const constructPath = (...ids: readonly string[]): string => ids.join('/');
