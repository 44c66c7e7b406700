import type { Reference } from '../inquiries/reference.js';
import type { DeliveryReceipt, MessageRecord } from './message-record.js';
import type { SmsAbout } from './sms-purpose.js';

/**
 * What became of one SMS: taken by the provider, under the id its delivery receipts will name; or
 * refused, because the number can never receive it (not a valid mobile number): retrying is pointless.
 */
export type SmsDelivery = { outcome: 'sent'; messageId: string } | { outcome: 'refused' };

export interface SmsSender {
  /**
   * Sends `text` to `phone`; `about` says why and in which language, for the message's record.
   * @throws SmsNotSent when it certainly was not sent (a retry may send it), any other error when it
   * may have been (a timeout, a server fault, SmsOutcomeUnknown: it must not be sent again)
   */
  send(phone: string, text: string, about: SmsAbout): Promise<SmsDelivery>;
}

/** What a receipt did: moved a PENDING record on, found it moved already, or found no record of its message. */
export type ReceiptOutcome =
  | { outcome: 'applied'; record: MessageRecord }
  | { outcome: 'repeated'; record: MessageRecord }
  | { outcome: 'unknown' };

/** The records of the SMS sent, and each month's SMS spend as they add up. */
export interface MessageLog {
  /** Stores a sent message's record and adds its estimated price to its month's spend, both or neither. */
  record(record: MessageRecord): Promise<void>;
  /**
   * Applies a carrier's receipt to its message's record once: the first moves it from PENDING and
   * corrects the month's spend from the estimate to the reported price; a repeat changes nothing.
   */
  applyReceipt(receipt: DeliveryReceipt): Promise<ReceiptOutcome>;
  /** The messages sent about an inquiry, oldest first. */
  forInquiry(reference: Reference): Promise<MessageRecord[]>;
  /** What the month's SMS cost so far, in USD: reported prices, and estimates of those not yet reported. */
  monthSpend(month: string): Promise<number>;
}
