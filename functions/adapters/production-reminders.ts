import { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDbReminderLog } from './dynamodb-reminder-log.js';
import { ENVIRONMENT } from './environment.js';
import { productionDocuments } from './production-documents.js';
import { documentClient } from './production.js';
import { SnsSmsSender } from './sns-sms-sender.js';

/** The sweep's wiring: documents, the reminder log, and SMS through SNS — one client each per cold start. */
export const productionReminders = {
  ...productionDocuments,
  log: new DynamoDbReminderLog(documentClient, process.env[ENVIRONMENT.reminderLogTable] ?? ''),
  sms: new SnsSmsSender(new SNSClient({})),
};
