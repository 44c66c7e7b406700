import type { Locale } from '../shared/locale.js';
import type { SmsEncoding } from './sms-parts.js';
import type { SmsPurpose } from './sms-purpose.js';

/** What a carrier said of a message: delivered to the handset, or not, and why. */
export type ReceiptStatus = 'DELIVERED' | 'FAILED';

/**
 * A message's delivery as its record holds it: PENDING until a receipt says otherwise. UNKNOWN is
 * never stored: it is what a PENDING message reads as once no receipt came within RECEIPT_WAIT_MS.
 */
export type Delivery = 'PENDING' | ReceiptStatus | 'UNKNOWN';

/** SNS reports a delivery within minutes; after three days none is coming (GOV.UK Notify waits 72 hours). */
export const RECEIPT_WAIT_MS = 72 * 60 * 60 * 1000;

/** One SMS as sent: its record from the moment SNS took it, under the id SNS gave it. */
export interface MessageRecord {
  messageId: string;
  purpose: SmsPurpose;
  locale: Locale;
  encoding: SmsEncoding;
  parts: number;
  sentAt: string;
  delivery: 'PENDING' | ReceiptStatus;
  /** What it was expected to cost when sent (parts × the stage's price per part), counted in the month's spend until its receipt corrects it. */
  estimatedUsd: number;
  /** The carrier's words, as SNS passes them on, once a receipt came. */
  providerResponse?: string;
  /** What SNS reported the message cost, once a receipt came. */
  priceUsd?: number;
  receiptAt?: string;
}

/** A carrier's receipt, as SNS logs it. */
export interface DeliveryReceipt {
  messageId: string;
  status: ReceiptStatus;
  providerResponse: string;
  priceUsd: number;
  at: string;
}

/** The delivery a reader is shown: a PENDING message past the receipt wait is UNKNOWN. */
export const deliveryOf = (record: Pick<MessageRecord, 'delivery' | 'sentAt'>, now: Date): Delivery =>
  record.delivery === 'PENDING' && now.getTime() - Date.parse(record.sentAt) > RECEIPT_WAIT_MS
    ? 'UNKNOWN'
    : record.delivery;

/** The month (UTC, as AWS bills SMS spend) a moment falls in: `2026-12`. */
export const billingMonthOf = (at: Date): string => at.toISOString().slice(0, 7);
