import { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDbReminderLog } from './dynamodb-reminder-log.js';
import { ENVIRONMENT } from './environment.js';
import { PacedSmsSender } from './paced-sms-sender.js';
import { productionDocuments } from './production-documents.js';
import { documentClient } from './production.js';
import { SnsSmsSender } from './sns-sms-sender.js';

const log = new DynamoDbReminderLog(documentClient, process.env[ENVIRONMENT.reminderLogTable] ?? '');

/** The sweep's wiring: documents, the reminder log and its page cursors, and paced SMS through SNS — one client each per cold start. */
export const productionReminders = {
  ...productionDocuments,
  log,
  cursors: log,
  // No SDK retries (see SnsSmsSender), and a publish never hangs until the function times out.
  sms: new PacedSmsSender(
    new SnsSmsSender(new SNSClient({ maxAttempts: 1, requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 } })),
    Number(process.env[ENVIRONMENT.smsPerSecond] ?? 5),
  ),
};
