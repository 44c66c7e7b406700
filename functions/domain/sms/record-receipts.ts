import { billingMonthOf, type DeliveryReceipt, type MessageRecord } from './message-record.js';
import type { MessageLog } from './ports.js';

export interface ReceiptDeps {
  messages: Pick<MessageLog, 'applyReceipt' | 'monthSpend'>;
}

/** What a batch of receipts did, for the metrics: each record moved on, repeats, and receipts of no known message. */
export interface ReceiptsRecorded {
  applied: MessageRecord[];
  repeated: number;
  unmatched: number;
  /** The spend of the month of the last receipt's message, after the batch. */
  monthToDateSpendUsd?: number;
}

/**
 * Applies carriers' receipts to the messages they concern, each once, in the order they came: a
 * receipt seen again (a redelivered batch) changes nothing. A receipt of a
 * message with no record is counted, not failed: retrying cannot make one appear.
 */
export const recordReceipts = async (
  deps: ReceiptDeps,
  receipts: readonly DeliveryReceipt[],
): Promise<ReceiptsRecorded> => {
  const recorded: ReceiptsRecorded = { applied: [], repeated: 0, unmatched: 0 };
  let lastMonth: string | undefined;
  for (const receipt of receipts) {
    const result = await deps.messages.applyReceipt(receipt);
    if (result.outcome === 'unknown') {
      recorded.unmatched++;
      continue;
    }
    lastMonth = billingMonthOf(new Date(result.record.sentAt));
    if (result.outcome === 'repeated') {
      recorded.repeated++;
      continue;
    }
    recorded.applied.push(result.record);
  }
  if (lastMonth) recorded.monthToDateSpendUsd = await deps.messages.monthSpend(lastMonth);
  return recorded;
};
