import { ATTACHMENT_SCENARIOS } from './attachments.js';
import { BULK_REQUEST_SCENARIOS } from './bulk-requests.js';
import { CATEGORY_SCENARIOS } from './categories.js';
import { DOCUMENT_SCENARIOS } from './documents.js';
import { ESTABLISHMENT_SCENARIOS } from './establishments.js';
import { INQUIRY_SCENARIOS } from './inquiries.js';
import { PROCESSING_TIMES_SCENARIOS } from './processing-times.js';
import { REGISTER_SCENARIOS } from './register.js';
import { REMINDER_SCENARIOS } from './reminders.js';
import { REVIEW_SCENARIOS } from './review.js';
import { REVIEW_START_SCENARIOS } from './review-starts.js';
import type { Scenario } from './scenario.js';
import { SMS_RECEIPT_SCENARIOS } from './sms-records.js';
import { STATS_SCENARIOS } from './stats.js';
import { STATS_PROJECTION_SCENARIOS } from './stats-projection.js';
import { WORKFLOW_SCENARIOS } from './workflow.js';

/** Every function's scenarios, in the order they are measured (a function's first gives its cold start). */
export const SCENARIOS: readonly Scenario[] = [
  ...CATEGORY_SCENARIOS,
  ...INQUIRY_SCENARIOS,
  ...ATTACHMENT_SCENARIOS,
  ...REVIEW_SCENARIOS,
  ...REVIEW_START_SCENARIOS,
  ...WORKFLOW_SCENARIOS,
  ...DOCUMENT_SCENARIOS,
  ...ESTABLISHMENT_SCENARIOS,
  ...BULK_REQUEST_SCENARIOS,
  ...REGISTER_SCENARIOS,
  ...REMINDER_SCENARIOS,
  ...PROCESSING_TIMES_SCENARIOS,
  ...STATS_PROJECTION_SCENARIOS,
  ...STATS_SCENARIOS,
  ...SMS_RECEIPT_SCENARIOS,
];
