import { type CalendarDate, daysBetween, riyadhToday, toHijri } from '../shared/calendar-date.js';
import type { Clock } from '../shared/clock.js';
import type { SmsSender } from '../sms/ports.js';
import { renderExpiryReminder } from '../sms/reminder-templates.js';
import { priorityOfLead, type SmsBudget } from '../sms/sms-budget.js';
import { deliverOnce, type Outcome } from './deliver-once.js';
import type { DueDocument, DueDocuments, PageCursors, ReminderKey, ReminderLog } from './ports.js';
import type { ReminderBatch } from './reminder-batch.js';
import type { Totals } from './sweep-totals.js';
import { workThroughPage } from './work-through-page.js';

export interface ReminderDeps {
  register: DueDocuments;
  log: ReminderLog;
  cursors: PageCursors;
  sms: SmsSender;
  clock: Clock;
  budget: Pick<SmsBudget, 'reserve' | 'settle'>;
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
  return deliverOnce(
    deps,
    key,
    phone,
    () =>
      renderExpiryReminder(
        {
          type: document.type,
          dependent: document.dependent,
          daysLeft: daysLeftOn(document.expiresOn, deps.clock()),
          expiresOn: document.expiresOn,
          expiresOnHijri: toHijri(document.expiresOn),
        },
        locale,
      ),
    { purpose: { kind: 'EXPIRY_REMINDER', ...key }, locale },
    priorityOfLead(batch.leadDays),
  );
};

/**
 * Sends the reminders of one page of due documents, each at most once: a reminder is claimed in the
 * log before its SMS goes out, so reruns, retries and overlapping sweeps find it taken.
 */
export const sendReminderBatch = async (deps: ReminderDeps, batch: ReminderBatch): Promise<BatchResult> => {
  const from = batch.cursor && batch.cursor !== FROM_START ? await deps.cursors.load(batch.cursor) : undefined;
  const page = await deps.register.dueOn(batch.expiresOn, batch.shard, { limit: PAGE_SIZE, from });
  const { count, outOfTime } = await workThroughPage(
    page.items,
    (document) => remind(deps, document, batch),
    deps.remainingMs,
  );
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
    deferredForBudget: count('deferredForBudget'),
    // The saved page position read back counts too: an item read for the sweep's sake.
    itemsRead: page.itemsRead + (from ? 1 : 0),
    ...(cursor && { cursor }),
  };
};
