import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { CloudWatchLogsEvent } from 'aws-lambda';
import { receiptsOf } from '../../adapters/sms/sns-delivery-logs.js';
import { SMS_METRICS } from '../../contract/metrics.js';
import { RIYADH_OFFSET_MS } from '../../domain/shared/calendar-date.js';
import type { MessageRecord } from '../../domain/sms/message-record.js';
import { type ReceiptDeps, recordReceipts } from '../../domain/sms/record-receipts.js';
import { purposeName } from '../../domain/sms/sms-purpose.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { logger, metrics } from '../../runtime/observability.js';
import { messageLog } from '../../runtime/sms.js';

const { dimensions } = SMS_METRICS;

/** The dimension values a record is counted under, one dimension at a time. */
const dimensionValuesOf = (record: MessageRecord): [string, string][] => [
  [dimensions.purpose, purposeName(record.purpose)],
  [dimensions.language, record.locale],
  [dimensions.hour, String(new Date(Date.parse(record.sentAt) + RIYADH_OFFSET_MS).getUTCHours()).padStart(2, '0')],
];

/**
 * Delivered and failed counts in all, and each under one dimension at a time (purpose, language,
 * Riyadh hour sent): small sets the rate is read by, rather than a metric for every combination.
 */
const publishDeliveries = (published: Metrics, records: readonly MessageRecord[]) => {
  const counts = new Map<string, { name: string; dimension: string; value: string; count: number }>();
  for (const record of records) {
    const name = record.delivery === 'DELIVERED' ? SMS_METRICS.delivered : SMS_METRICS.failed;
    for (const [dimension, value] of dimensionValuesOf(record)) {
      const key = `${name}|${dimension}|${value}`;
      const entry = counts.get(key) ?? { name, dimension, value, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  // The totals, under the service alone, which the delivery-rate alarm reads.
  const delivered = records.filter((record) => record.delivery === 'DELIVERED').length;
  published.addMetric(SMS_METRICS.delivered, MetricUnit.Count, delivered);
  published.addMetric(SMS_METRICS.failed, MetricUnit.Count, records.length - delivered);
  for (const { name, dimension, value, count } of counts.values()) {
    const single = published.singleMetric();
    single.addDimension(dimension, value);
    single.addMetric(name, MetricUnit.Count, count);
  }
};

/**
 * Takes the receipts SNS's SMS delivery status logging writes, as the two log groups' subscription
 * filters deliver them, and applies each to its message's record. An error is thrown for Lambda to
 * retry the delivery: receipts already applied are recognised as repeats. The log lines hold phone
 * numbers, so none is ever logged.
 */
export const createHandler =
  (deps: ReceiptDeps, published: Metrics = metrics) =>
  async (event: CloudWatchLogsEvent): Promise<void> => {
    const { receipts, unreadable } = receiptsOf(event);
    if (unreadable > 0) logger.warn('Delivery log lines that hold no receipt were passed over', { unreadable });
    const recorded = await recordReceipts(deps, receipts);
    publishDeliveries(published, recorded.applied);
    published.addMetric(SMS_METRICS.receiptsUnmatched, MetricUnit.Count, recorded.unmatched);
    if (recorded.monthToDateSpendUsd !== undefined)
      published.addMetric(SMS_METRICS.monthToDateSpend, MetricUnit.NoUnit, recorded.monthToDateSpendUsd);
  };

export const handler = eventHandler(createHandler({ messages: messageLog() }), { metrics });
