import { setTimeout } from 'node:timers/promises';
import type { SmsDelivery, SmsSender } from '../../domain/sms/ports.js';
import type { SmsAbout } from '../../domain/sms/sms-purpose.js';

/**
 * Keeps a sender under a number of messages a second (the account's SMS quota, shared among the
 * batches that run at once): each send waits for its slot, spread evenly over the second.
 */
export class PacedSmsSender implements SmsSender {
  #nextSlot = 0;

  constructor(
    private readonly sender: SmsSender,
    private readonly perSecond: number,
    /** Elapsed time, not the date: pacing must not jump when the wall clock is set. */
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(perSecond > 0)) throw new RangeError(`SMS rate must be positive: ${perSecond}`);
  }

  async send(phone: string, text: string, about: SmsAbout): Promise<SmsDelivery> {
    const slot = Math.max(this.now(), this.#nextSlot);
    this.#nextSlot = slot + 1000 / this.perSecond;
    const wait = slot - this.now();
    if (wait > 0) await setTimeout(wait);
    return this.sender.send(phone, text, about);
  }
}
