import { type CalendarDate, daysBetween, riyadhToday, toHijri } from '../shared/calendar-date.js';
import type { Clock } from '../shared/clock.js';
import { SmsNotSent, SmsOutcomeUnknown } from '../shared/errors.js';
import type { SmsDelivery, SmsSender } from '../sms/ports.js';
import { renderExpiryReminder } from '../sms/reminder-templates.js';
import type { DueDocument, DueDocuments, PageCursors, ReminderKey, ReminderLog } from './ports.js';
import type { ReminderBatch } from './reminder-batch.js';
import type { Totals } from './sweep-totals.js';

export interface ReminderDeps {
  register: DueDocuments;
  log: ReminderLog;
  cursors: PageCursors;
  sms: SmsSender;
  clock: Clock;
  /** Milliseconds the invocation has left; a batch stops taking documents before it runs out. */
  remainingMs?: () => number;
}

/** A page's counts (see Totals), and where the next page starts — absent after the last. */
export interface BatchResult extends Totals {
  cursor?: string;
}

/** A cursor meaning "read this batch again from its first page" (after stopping early on it). */
export const FROM_START = 'FROM_START';
export const PAGE_SIZE = 200;
/** SMS sent at once from one batch; the pace of the account's SMS rate is kept by the sender. */
const SEND_CONCURRENCY = 10;
/** Time kept in hand: a batch stops taking documents this long before its invocation would time out. */
const SAFETY_MARGIN_MS = 20_000;
/** Uncertain sends in one call that suggest SNS itself is failing: the batch stops, to be retried later. */
const UNCERTAIN_LIMIT = 3;

type Outcome = 'sent' | 'skipped' | 'alreadyHandled' | 'uncertain';

/**
 * The days left as the resident reads the SMS: counted from the Riyadh day it is sent, so that a
 * missed day made up later, or a batch that runs past midnight, still tells the truth.
 */
const daysLeftOn = (expiresOn: CalendarDate, now: Date) => daysBetween(riyadhToday(now), expiresOn);

const remind = async (deps: ReminderDeps, document: DueDocument, batch: ReminderBatch): Promise<Outcome> => {
  const key: ReminderKey = { documentId: document.documentId, expiresOn: document.expiresOn, leadDays: batch.leadDays };
  const { phone, locale, smsReminders } = document.contact;
  if (!smsReminders || !phone) {
    return (await deps.log.recordSkip(key, smsReminders ? 'NO_PHONE' : 'OPTED_OUT', deps.clock()))
      ? 'skipped'
      : 'alreadyHandled';
  }
  if ((await deps.log.claim(key, deps.clock())) !== 'claimed') return 'alreadyHandled';
  const message = renderExpiryReminder(
    {
      type: document.type,
      dependent: document.dependent,
      daysLeft: daysLeftOn(document.expiresOn, deps.clock()),
      expiresOn: document.expiresOn,
      expiresOnHijri: toHijri(document.expiresOn),
    },
    locale,
  );
  let delivery: SmsDelivery;
  try {
    delivery = await deps.sms.send(phone, message);
  } catch (error) {
    if (error instanceof SmsNotSent) {
      await deps.log.release(key, deps.clock());
      throw error;
    }
    // It may have gone out: the claim stays, so nothing sends it again (at most one SMS).
    return 'uncertain';
  }
  if (delivery.outcome === 'refused') {
    await deps.log.release(key, deps.clock());
    await deps.log.recordSkip(key, 'PHONE_REFUSED', deps.clock());
    return 'skipped';
  }
  // A failure from here on leaves the claim in place: the SMS went out, so no retry may send it again.
  await deps.log.markSent(key, deps.clock());
  return 'sent';
};

/**
 * Sends the reminders of one page of due documents, each at most once: a reminder is claimed in the
 * log before its SMS goes out, so reruns, retries and overlapping sweeps find it taken.
 */
export const sendReminderBatch = async (deps: ReminderDeps, batch: ReminderBatch): Promise<BatchResult> => {
  const from = batch.cursor && batch.cursor !== FROM_START ? await deps.cursors.load(batch.cursor) : undefined;
  const page = await deps.register.dueOn(batch.expiresOn, batch.shard, { limit: PAGE_SIZE, from });
  const outcomes: Outcome[] = [];
  let next = 0;
  let failure: unknown;
  let outOfTime = false;
  const timeLeft = () => {
    outOfTime ||= deps.remainingMs !== undefined && deps.remainingMs() < SAFETY_MARGIN_MS;
    return !outOfTime;
  };
  // After a failure no worker takes another document, and the batch fails only once every SMS in
  // flight has been recorded: a frozen Lambda must not leave claims whose send it never finished.
  let uncertain = 0;
  /** The document a worker takes next: none after a failure, at the page's end, or when time runs short. */
  const take = () => (failure === undefined && next < page.items.length && timeLeft() ? page.items[next++] : undefined);
  const worker = async () => {
    for (let document = take(); document !== undefined; document = take()) {
      try {
        const outcome = await remind(deps, document, batch);
        outcomes.push(outcome);
        if (outcome === 'uncertain' && ++uncertain >= UNCERTAIN_LIMIT) {
          failure ??= new SmsOutcomeUnknown(`${uncertain} SMS outcomes unknown in one page: SNS may be failing`);
        }
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, page.items.length) }, worker));
  if (failure !== undefined) throw failure;
  const count = (outcome: Outcome) => outcomes.filter((o) => o === outcome).length;
  // Stopped early: the same page is read again by the next call, its handled documents passed over.
  const cursor = outOfTime
    ? (batch.cursor ?? FROM_START)
    : page.next && (await deps.cursors.save(page.next, deps.clock()));
  return {
    due: outOfTime ? 0 : page.items.length,
    sent: count('sent'),
    skipped: count('skipped'),
    alreadyHandled: outOfTime ? 0 : count('alreadyHandled'),
    uncertain: count('uncertain'),
    // The saved page position read back counts too: an item read for the sweep's sake.
    itemsRead: page.itemsRead + (from ? 1 : 0),
    ...(cursor && { cursor }),
  };
};
