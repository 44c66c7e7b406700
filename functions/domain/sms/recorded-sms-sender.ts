import type { Clock } from '../shared/clock.js';
import type { MessageRecord } from './message-record.js';
import type { MessageLog, SmsDelivery, SmsSender } from './ports.js';
import { measureSms } from './sms-parts.js';
import type { SmsAbout } from './sms-purpose.js';

export interface RecordedSmsDeps {
  sender: SmsSender;
  log: Pick<MessageLog, 'record'>;
  clock: Clock;
  /** What the stage expects one SMS part to cost, until receipts report the price. */
  pricePerPartUsd: number;
  /** Told of a record that could not be written: the SMS went out, so the send must not fail. */
  recordLost: (error: unknown) => void;
}

/**
 * Every SMS with its record: sends, then writes what was sent under the id SNS gave it, PENDING
 * until a receipt comes. A record that cannot be written is reported and the send still succeeds:
 * failing it would have the caller send the SMS again.
 */
export class RecordedSmsSender implements SmsSender {
  constructor(private readonly deps: RecordedSmsDeps) {}

  async send(phone: string, text: string, about: SmsAbout): Promise<SmsDelivery> {
    const delivery = await this.deps.sender.send(phone, text, about);
    if (delivery.outcome !== 'sent') return delivery;
    const { encoding, parts } = measureSms(text);
    const record: MessageRecord = {
      messageId: delivery.messageId,
      purpose: about.purpose,
      locale: about.locale,
      encoding,
      parts,
      sentAt: this.deps.clock().toISOString(),
      delivery: 'PENDING',
      estimatedUsd: parts * this.deps.pricePerPartUsd,
    };
    try {
      await this.deps.log.record(record);
    } catch (error) {
      this.deps.recordLost(error);
    }
    return delivery;
  }
}
