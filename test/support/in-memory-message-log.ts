import { billingMonthOf, type DeliveryReceipt, type MessageRecord } from '../../functions/domain/sms/message-record.js';
import type { MessageLog, ReceiptOutcome } from '../../functions/domain/sms/ports.js';

/** The messages table's behaviour, in memory: one record per message id, a receipt applied once, spend by month. */
export class InMemoryMessageLog implements MessageLog {
  readonly records = new Map<string, MessageRecord>();
  private readonly spend = new Map<string, number>();

  async record(record: MessageRecord): Promise<void> {
    if (this.records.has(record.messageId)) return;
    this.records.set(record.messageId, record);
    this.addSpend(billingMonthOf(new Date(record.sentAt)), record.estimatedUsd);
  }

  async applyReceipt(receipt: DeliveryReceipt): Promise<ReceiptOutcome> {
    const record = this.records.get(receipt.messageId);
    if (!record) return { outcome: 'unknown' };
    if (record.delivery !== 'PENDING') return { outcome: 'repeated', record };
    const applied: MessageRecord = {
      ...record,
      delivery: receipt.status,
      providerResponse: receipt.providerResponse,
      priceUsd: receipt.priceUsd,
      receiptAt: receipt.at,
    };
    this.records.set(record.messageId, applied);
    this.addSpend(billingMonthOf(new Date(record.sentAt)), receipt.priceUsd - record.estimatedUsd);
    return { outcome: 'applied', record: applied };
  }

  async forInquiry(reference: string): Promise<MessageRecord[]> {
    return [...this.records.values()]
      .filter((record) => record.purpose.kind === 'INQUIRY_NOTICE' && record.purpose.reference === reference)
      .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  }

  async monthSpend(month: string): Promise<number> {
    return this.spend.get(month) ?? 0;
  }

  private addSpend(month: string, usd: number) {
    this.spend.set(month, (this.spend.get(month) ?? 0) + usd);
  }
}
