import type { Clock } from '../shared/clock.js';
import { SmsNotSent } from '../shared/errors.js';
import type { SmsDelivery, SmsSender } from '../sms/ports.js';
import type { SendPriority, SmsBudget } from '../sms/sms-budget.js';
import { measureSms } from '../sms/sms-parts.js';
import type { SmsAbout } from '../sms/sms-purpose.js';
import type { LogKey, ReminderLog } from './ports.js';

/**
 * What became of one SMS the sweep owed: the reminder's or the digest's. `deferredForBudget`: not
 * sent and not claimed, since the month's budget would not cover it; a later run may send it.
 */
export type Outcome = 'sent' | 'skipped' | 'alreadyHandled' | 'uncertain' | 'deferredForBudget';

export interface DeliveryDeps {
  log: ReminderLog;
  sms: SmsSender;
  clock: Clock;
  budget: Pick<SmsBudget, 'reserve' | 'settle'>;
}

/**
 * Sends one SMS at most once, whatever reruns and retries: claimed in the log, then sent, then
 * recorded. The text is written only once the claim is held, on the clock of that moment. The
 * budget is asked once the claim is held, so that what an earlier run handled is never counted as
 * deferred; a send it refuses gives its claim back.
 * @throws SmsNotSent after giving the claim back, so that a retry sends it
 */
export const deliverOnce = async (
  deps: DeliveryDeps,
  key: LogKey,
  phone: string,
  message: () => string,
  about: SmsAbout,
  priority: SendPriority,
): Promise<Outcome> => {
  if ((await deps.log.claim(key, deps.clock())) !== 'claimed') return 'alreadyHandled';
  let text: string;
  let parts: number;
  let allowed: boolean;
  try {
    text = message();
    parts = measureSms(text).parts;
    allowed = await deps.budget.reserve(priority, parts);
  } catch (error) {
    // Nothing was sent: a claim kept here would have every retry pass the reminder over as handled.
    await deps.log.release(key, deps.clock());
    throw error;
  }
  if (!allowed) {
    await deps.log.release(key, deps.clock());
    return 'deferredForBudget';
  }
  let delivery: SmsDelivery;
  try {
    delivery = await deps.sms.send(phone, text, about);
  } catch (error) {
    deps.budget.settle(parts);
    if (error instanceof SmsNotSent) {
      await deps.log.release(key, deps.clock());
      throw error;
    }
    // It may have gone out: the claim stays, so nothing sends it again (at most one SMS).
    return 'uncertain';
  }
  deps.budget.settle(parts);
  if (delivery.outcome === 'refused') {
    await deps.log.release(key, deps.clock());
    await deps.log.recordSkip(key, 'PHONE_REFUSED', deps.clock());
    return 'skipped';
  }
  // A failure from here on leaves the claim in place: the SMS went out, so no retry may send it again.
  await deps.log.markSent(key, deps.clock());
  return 'sent';
};
