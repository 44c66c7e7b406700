import type { EstablishmentContact } from '../establishments/establishment-contact.js';
import type { EmployeeDocumentCounts, EstablishmentContacts } from '../establishments/ports.js';
import { addDays, riyadhToday } from '../shared/calendar-date.js';
import { renderEstablishmentDigest } from '../sms/digest-templates.js';
import { type DeliveryDeps, deliverOnce, type Outcome } from './deliver-once.js';
import { DIGEST_WINDOW_DAYS, type DigestBatch } from './digest-batch.js';
import type { PageCursors } from './ports.js';
import { FROM_START } from './send-reminder-batch.js';
import type { Totals } from './sweep-totals.js';
import { workThroughPage } from './work-through-page.js';

export interface DigestDeps extends DeliveryDeps {
  contacts: EstablishmentContacts;
  counts: EmployeeDocumentCounts;
  cursors: PageCursors;
  /** Milliseconds the invocation has left; a batch stops taking establishments before it runs out. */
  remainingMs?: () => number;
}

/** A page's counts — `due` the establishments with something due —, and where the next page starts. */
export interface DigestBatchResult extends Totals {
  cursor?: string;
}

/** Contacts a page holds: each costs two counting queries, so a page is smaller than a reminder page. */
export const DIGEST_PAGE_SIZE = 100;

type DigestOutcome = Outcome | 'nothingDue';

const digest = async (
  deps: DigestDeps,
  contact: EstablishmentContact,
  read: { items: number },
): Promise<DigestOutcome> => {
  // Counted on the Riyadh day the SMS goes out, and claimed for that day: one digest a day, true when read.
  const today = riyadhToday(deps.clock());
  const counts = await deps.counts.dueCounts(contact.establishmentId, today, addDays(today, DIGEST_WINDOW_DAYS));
  read.items += counts.itemsRead;
  if (counts.expiring === 0 && counts.expired === 0) return 'nothingDue';
  return deliverOnce(
    deps,
    { establishmentId: contact.establishmentId, date: today },
    contact.phone,
    () =>
      renderEstablishmentDigest(
        { expiring: counts.expiring, expired: counts.expired, withinDays: DIGEST_WINDOW_DAYS },
        contact.locale,
      ),
    {
      purpose: { kind: 'ESTABLISHMENT_DIGEST', establishmentId: contact.establishmentId, date: today },
      locale: contact.locale,
    },
    'ROUTINE',
  );
};

/**
 * Sends the daily digest of each establishment of one page of a contact shard that has documents
 * due, at most once a day each: claimed in the reminder log, as reminders are, then sent, then recorded.
 */
export const sendDigestBatch = async (deps: DigestDeps, batch: DigestBatch): Promise<DigestBatchResult> => {
  const from = batch.cursor && batch.cursor !== FROM_START ? await deps.cursors.load(batch.cursor) : undefined;
  const page = await deps.contacts.inShard(batch.shard, { limit: DIGEST_PAGE_SIZE, from });
  const read = { items: page.itemsRead + (from ? 1 : 0) };
  const { count, outOfTime } = await workThroughPage(
    page.items,
    (contact) => digest(deps, contact, read),
    deps.remainingMs,
  );
  const cursor = outOfTime
    ? (batch.cursor ?? FROM_START)
    : page.next && (await deps.cursors.save(page.next, deps.clock()));
  return {
    due: outOfTime ? 0 : page.items.length - count('nothingDue'),
    sent: count('sent'),
    skipped: count('skipped'),
    alreadyHandled: outOfTime ? 0 : count('alreadyHandled'),
    uncertain: count('uncertain'),
    deferredForBudget: count('deferredForBudget'),
    itemsRead: read.items,
    ...(cursor && { cursor }),
  };
};
