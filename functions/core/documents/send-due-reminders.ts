import { SmsNotSent } from '../errors.js';
import type { Clock } from '../ports.js';
import { renderExpiryReminder } from '../sms/reminder-templates.js';
import { type CalendarDate, toHijri } from './calendar-date.js';
import type { DocumentRegister, DueDocument, ReminderKey, ReminderLog, SmsSender } from './ports.js';

export interface ReminderDeps {
  register: DocumentRegister;
  log: ReminderLog;
  sms: SmsSender;
  clock: Clock;
}

/** One page of work: documents expiring on `expiresOn` in one shard of the index, reminded `leadDays` ahead. */
export interface ReminderBatch {
  expiresOn: CalendarDate;
  leadDays: number;
  shard: number;
  cursor?: string;
}

export interface BatchResult {
  due: number;
  sent: number;
  skipped: number;
  itemsRead: number;
  /** Where the next page starts; absent after the last. */
  cursor?: string;
}

export const PAGE_SIZE = 200;
/** SMS sent at once from one batch; the account's SMS rate is shared by every batch running. */
const SEND_CONCURRENCY = 10;

type Outcome = 'sent' | 'skipped';

const remind = async (deps: ReminderDeps, document: DueDocument, batch: ReminderBatch): Promise<Outcome> => {
  const key: ReminderKey = { documentId: document.documentId, expiresOn: document.expiresOn, leadDays: batch.leadDays };
  const { phone, locale, smsReminders } = document.contact;
  if (!smsReminders || !phone) {
    await deps.log.recordSkip(key, smsReminders ? 'NO_PHONE' : 'OPTED_OUT', deps.clock());
    return 'skipped';
  }
  if ((await deps.log.claim(key, deps.clock())) !== 'claimed') return 'skipped';
  const message = renderExpiryReminder(
    { type: document.type, dependent: document.dependent, leadDays: batch.leadDays, expiresOn: document.expiresOn, expiresOnHijri: toHijri(document.expiresOn) },
    locale,
  );
  let result: 'sent' | 'refused';
  try {
    result = await deps.sms.send(phone, message);
  } catch (error) {
    await deps.log.release(key);
    // The SDK's message may quote the phone number; what leaves here (logs, execution history) must not.
    throw new SmsNotSent(`SMS not sent (${(error as Error).name})`, { cause: error });
  }
  if (result === 'refused') {
    await deps.log.release(key);
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
export const sendDueReminders = async (deps: ReminderDeps, batch: ReminderBatch): Promise<BatchResult> => {
  const page = await deps.register.dueOn(batch.expiresOn, batch.shard, { limit: PAGE_SIZE, cursor: batch.cursor });
  // Documents renewed since the index was read have another expiry now: not this batch's business.
  const due = page.items.filter((document) => document.expiresOn === batch.expiresOn);
  const outcomes: Outcome[] = [];
  let next = 0;
  let failure: unknown;
  // After a failure no worker takes another document, and the batch fails only once every SMS in
  // flight has been recorded: a frozen Lambda must not leave claims whose send it never finished.
  const worker = async () => {
    while (failure === undefined && next < due.length) {
      const document = due[next++]!;
      try {
        outcomes.push(await remind(deps, document, batch));
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, due.length) }, worker));
  if (failure !== undefined) throw failure;
  return {
    due: due.length,
    sent: outcomes.filter((outcome) => outcome === 'sent').length,
    skipped: outcomes.filter((outcome) => outcome === 'skipped').length,
    itemsRead: page.itemsRead,
    ...(page.cursor && { cursor: page.cursor }),
  };
};
