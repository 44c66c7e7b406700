import { gunzipSync } from 'node:zlib';
import type { CloudWatchLogsDecodedData, CloudWatchLogsEvent } from 'aws-lambda';
import type { DeliveryReceipt } from '../../domain/sms/message-record.js';

/** What SNS's SMS delivery status logging writes for each message, as far as a receipt needs it. */
interface SnsDeliveryLog {
  notification?: { messageId?: unknown };
  delivery?: { providerResponse?: unknown; priceInUSD?: unknown };
  status?: unknown;
}

/** Carriers' words are kept to what a reviewer reads: SNS's own are a sentence. */
const PROVIDER_RESPONSE_LIMIT = 200;

/** The receipt a delivery log line holds, or undefined when it is not one (another writer's line, a format SNS changed). */
export const receiptOf = (message: string, at: number): DeliveryReceipt | undefined => {
  let log: SnsDeliveryLog;
  try {
    log = JSON.parse(message) as SnsDeliveryLog;
  } catch {
    return undefined;
  }
  const messageId = log.notification?.messageId;
  const status = log.status === 'SUCCESS' ? 'DELIVERED' : log.status === 'FAILURE' ? 'FAILED' : undefined;
  if (typeof messageId !== 'string' || messageId === '' || !status) return undefined;
  const price = Number(log.delivery?.priceInUSD);
  const response = log.delivery?.providerResponse;
  return {
    messageId,
    status,
    providerResponse: typeof response === 'string' ? response.slice(0, PROVIDER_RESPONSE_LIMIT) : '',
    priceUsd: Number.isFinite(price) && price >= 0 ? price : 0,
    at: new Date(at).toISOString(),
  };
};

/**
 * The receipts of a CloudWatch Logs subscription's delivery: gzip, base64, then the log group's
 * events. The lines hold the destination phone number, which goes no further than this function.
 */
export const receiptsOf = (event: CloudWatchLogsEvent): { receipts: DeliveryReceipt[]; unreadable: number } => {
  const decoded = JSON.parse(
    gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8'),
  ) as CloudWatchLogsDecodedData;
  const receipts: DeliveryReceipt[] = [];
  let unreadable = 0;
  // CloudWatch Logs checks a new subscription with a control message: no receipt in it.
  if (decoded.messageType !== 'DATA_MESSAGE') return { receipts, unreadable };
  for (const logEvent of decoded.logEvents ?? []) {
    const receipt = receiptOf(logEvent.message, logEvent.timestamp);
    if (receipt) receipts.push(receipt);
    else unreadable++;
  }
  return { receipts, unreadable };
};
