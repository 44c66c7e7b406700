import { SECTION_CODES } from '../inquiries/categories.js';
import type { InquiryRepository } from '../inquiries/ports.js';
import type { Clock } from '../shared/clock.js';
import { RESPONSE_WORKING_DAYS, toRiyadhIso, type WorkingCalendar } from '../shared/working-calendar.js';
import type { ReviewStarter } from './ports.js';

/** How long a new inquiry is left to the table's stream, which starts its review within seconds, before it is reconciled. */
export const RECONCILE_AFTER_MS = 10 * 60 * 1000;
/** Inquiries read from a section's queue at a time. */
const PAGE_SIZE = 200;

export interface ReconcileReviewsDeps {
  inquiries: Pick<InquiryRepository, 'listReviewQueue'>;
  workflow: ReviewStarter;
  calendar: WorkingCalendar;
  clock: Clock;
}

export interface Reconciliation {
  /** Inquiries still submitted, and not reviewed, RECONCILE_AFTER_MS after they were stored. */
  found: number;
  /** Of those, the reviews this run started: each is one the stream did not start. */
  started: number;
  /** Of those, the reviews that had an execution already (it has not begun its first task yet). */
  alreadyStarted: number;
}

/**
 * Starts the review of every inquiry that is still `SUBMITTED` some minutes after it was stored:
 * the table's stream lost it (its start failed for a day, or its record was dead-lettered).
 * Starting one whose review did start changes nothing, so a run may be repeated at any time.
 *
 * The queue is read only as far as a submission made before the cutoff can be due (its deadline
 * is RESPONSE_WORKING_DAYS working days after it was made): the reads follow the open backlog, not
 * the size of the table. A start that fails stops the run; the next one finds the rest.
 */
export const reconcileReviews = async (deps: ReconcileReviewsDeps): Promise<Reconciliation> => {
  const cutoff = deps.clock().getTime() - RECONCILE_AFTER_MS;
  const dueBy = toRiyadhIso(deps.calendar.addWorkingDays(new Date(cutoff), RESPONSE_WORKING_DAYS));
  const reconciliation: Reconciliation = { found: 0, started: 0, alreadyStarted: 0 };
  for (const section of SECTION_CODES) {
    let cursor: string | undefined;
    do {
      const page = await deps.inquiries.listReviewQueue(section, {
        status: 'SUBMITTED',
        dueBy,
        limit: PAGE_SIZE,
        cursor,
      });
      for (const inquiry of page.items) {
        if (Date.parse(inquiry.createdAt) > cutoff) continue;
        reconciliation.found++;
        reconciliation[await deps.workflow.start(inquiry.reference)]++;
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  return reconciliation;
};
