import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReceiptStatus } from '../../functions/domain/sms/message-record.js';
import { measureSms } from '../../functions/domain/sms/sms-parts.js';

export interface OutboxMessage {
  /** The id SNS would have given it, answered to the sender as the Publish's MessageId. */
  messageId: string;
  at: string;
  phone: string;
  message: string;
  encoding: string;
  parts: number;
  /** PENDING until a receipt is played for it, then what the receipt said. */
  delivery: 'PENDING' | ReceiptStatus;
  providerResponse?: string;
}

/** A receipt played for a message, kept in the outbox's file after the message. */
interface OutboxReceipt {
  receiptFor: string;
  delivery: ReceiptStatus;
  providerResponse: string;
}

/** What the local SMS service charges a part: SNS's price to Saudi Arabia as the README assumes it. */
export const LOCAL_PRICE_PER_PART_USD = 0.0247;

/** The message SNS's SMS delivery status logging writes for a receipt, as the subscription filters pass it on. */
export const deliveryLogLine = (message: OutboxMessage, receipt: OutboxReceipt, at: Date): string =>
  JSON.stringify({
    notification: { messageId: message.messageId, timestamp: message.at.replace('T', ' ').replace('Z', '') },
    delivery: {
      destination: message.phone,
      priceInUSD: message.parts * LOCAL_PRICE_PER_PART_USD,
      smsType: 'Transactional',
      providerResponse: receipt.providerResponse,
      numberOfMessageParts: message.parts,
      dwellTimeMs: Math.max(0, at.getTime() - Date.parse(message.at)),
    },
    status: receipt.delivery === 'DELIVERED' ? 'SUCCESS' : 'FAILURE',
  });

/** A receipt the outbox cannot play: for a message it never sent (`unknown`), or one receipted already. */
export class ReceiptRefused extends Error {
  constructor(
    message: string,
    readonly reason: 'unknown' | 'receipted',
  ) {
    super(message);
  }
}

/**
 * Where the local runtime's SMS go instead of SNS: kept in a file (one JSON object per line, the
 * receipts played among them) so that they survive restarts, and listed by `GET /local/sms`.
 */
export class SmsOutbox {
  readonly #messages: OutboxMessage[] = [];

  constructor(
    private readonly file: string,
    private readonly clock: () => Date,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    if (!existsSync(file)) return;
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as OutboxMessage | OutboxReceipt;
      if ('receiptFor' in entry) this.#apply(entry);
      else this.#messages.push({ ...entry, delivery: entry.delivery ?? 'PENDING' });
    }
  }

  send(phone: string, message: string): OutboxMessage {
    const size = measureSms(message);
    const entry: OutboxMessage = {
      messageId: randomUUID(),
      at: this.clock().toISOString(),
      phone,
      message,
      encoding: size.encoding,
      parts: size.parts,
      delivery: 'PENDING',
    };
    this.#append(entry);
    this.#messages.push(entry);
    this.log(`SMS to ${phone} (${size.parts} part, ${size.encoding}): ${message}`);
    return entry;
  }

  /**
   * Plays a carrier's receipt for a message: once, as carriers report each message once.
   * @returns the delivery log line SNS would write for it
   * @throws ReceiptRefused for a message the outbox never sent, or one already receipted
   */
  receipt(messageId: string, delivery: ReceiptStatus, providerResponse: string): string {
    const message = this.#messages.find((entry) => entry.messageId === messageId);
    if (!message) throw new ReceiptRefused(`No SMS ${messageId} in the outbox`, 'unknown');
    if (message.delivery !== 'PENDING')
      throw new ReceiptRefused(`SMS ${messageId} was receipted already: ${message.delivery}`, 'receipted');
    const receipt: OutboxReceipt = { receiptFor: messageId, delivery, providerResponse };
    this.#append(receipt);
    this.#apply(receipt);
    return deliveryLogLine(message, receipt, this.clock());
  }

  list(phone?: string): OutboxMessage[] {
    return this.#messages.filter((entry) => phone === undefined || entry.phone === phone);
  }

  #apply(receipt: OutboxReceipt) {
    const message = this.#messages.find((entry) => entry.messageId === receipt.receiptFor);
    if (!message) return;
    message.delivery = receipt.delivery;
    message.providerResponse = receipt.providerResponse;
  }

  #append(entry: OutboxMessage | OutboxReceipt) {
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
  }
}
