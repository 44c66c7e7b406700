import { DynamoDbReminderLog } from '../adapters/reminders/dynamodb-reminder-log.js';
import { ENVIRONMENT } from '../contract/environment.js';
import { PacedSmsSender } from '../adapters/sms/paced-sms-sender.js';
import { productionDocuments } from './production-documents.js';
import { documentClient } from './production.js';
import { smsSender } from './production-sms.js';

const log = new DynamoDbReminderLog(documentClient, process.env[ENVIRONMENT.reminderLogTable] ?? '');

/** The sweep's wiring: documents, the reminder log and its page cursors, and paced SMS through SNS — one client each per cold start. */
export const productionReminders = {
  ...productionDocuments,
  log,
  cursors: log,
  sms: new PacedSmsSender(smsSender, Number(process.env[ENVIRONMENT.smsPerSecond] ?? 5)),
};
