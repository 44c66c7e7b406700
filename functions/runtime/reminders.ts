import { DynamoDbReminderLog } from '../adapters/reminders/dynamodb-reminder-log.js';
import { PacedSmsSender } from '../adapters/sms/paced-sms-sender.js';
import { documentClient } from './dynamodb-client.js';
import { once } from './once.js';
import { settings } from './settings.js';
import { smsSender } from './sms.js';

/** What each reminder became; it also keeps the page cursors of the sweep's batches. */
export const reminderLog = /* @__PURE__ */ once(
  () => new DynamoDbReminderLog(documentClient(), settings.reminderLogTable()),
);

/** A batch's SMS, paced to its share of the account's SMS rate. */
export const pacedSmsSender = /* @__PURE__ */ once(() => new PacedSmsSender(smsSender(), settings.smsPerSecond()));
