import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDbMessageLog } from '../adapters/sms/dynamodb-message-log.js';
import { SnsSmsSender } from '../adapters/sms/sns-sms-sender.js';
import { SMS_METRICS } from '../contract/metrics.js';
import { RecordedSmsSender } from '../domain/sms/recorded-sms-sender.js';
import { SmsBudget } from '../domain/sms/sms-budget.js';
import { clock } from './clock.js';
import { documentClient } from './dynamodb-client.js';
import { logger, metrics } from './observability.js';
import { once } from './once.js';
import { settings } from './settings.js';
import { snsClient } from './sns-client.js';

export const messageLog = /* @__PURE__ */ once(
  () => new DynamoDbMessageLog(documentClient(), settings.messagesTable()),
);

/** Every SMS a function sends, through SNS, each with its record. */
export const smsSender = /* @__PURE__ */ once(
  () =>
    new RecordedSmsSender({
      sender: new SnsSmsSender(snsClient()),
      log: messageLog(),
      clock,
      pricePerPartUsd: settings.smsPricePerPartUsd(),
      recordLost: (error) => {
        // The error's name only: its message may quote the record, which holds no phone but is not the log's.
        logger.error('An SMS went out without its record', { error: (error as Error).name });
        metrics.singleMetric().addMetric(SMS_METRICS.recordsLost, MetricUnit.Count, 1);
      },
    }),
);

/** The month's SMS budget as the reminder sweep keeps to it. */
export const smsBudget = /* @__PURE__ */ once(
  () =>
    new SmsBudget({
      spend: messageLog(),
      monthlyBudgetUsd: settings.smsMonthlyBudgetUsd(),
      pricePerPartUsd: settings.smsPricePerPartUsd(),
      clock,
    }),
);
