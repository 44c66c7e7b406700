import { SECTION_CODES } from '../inquiries/categories.js';
import type { InquiryRepository } from '../inquiries/ports.js';
import type { Clock } from '../shared/clock.js';
import { ReviewStartFailed } from '../shared/errors.js';
import { RESPONSE_WORKING_DAYS, toRiyadhIso, type WorkingCalendar } from '../shared/working-calendar.js';
import type { ReviewStarter } from './ports.js';

/** How long a new inquiry is left to the table's stream, which starts its review within seconds, before it is reconciled. */
export const RECONCILE_AFTER_MS = 10 * 60 * 1000;
/**
 * Working days added to the queue's bound: a deadline was set with the holidays of its day, and a
 * holiday removed since would otherwise leave its inquiry beyond the bound.
 */
const HOLIDAY_MARGIN_WORKING_DAYS = 10;
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
  /** Of those, the reviews that had an execution already: it ended without moving the inquiry on (stuck). */
  alreadyStarted: number;
  /** Of those, the starts Step Functions refused this time: the run fails, and its retry or the next run starts them. */
  failed: number;
}

/**
 * Starts the review of every inquiry that is still `SUBMITTED` some minutes after it was stored:
 * the table's stream lost it (its start failed for a day, or its record was dead-lettered).
 * Starting one whose review did start changes nothing, so a run may be repeated at any time.
 *
 * The queue is read only as far as a submission made before the cutoff can be due (its deadline
 * is RESPONSE_WORKING_DAYS working days after it was made): the reads follow the open backlog, not
 * the size of the table. A start that fails does not stop the run: every section is read and every
 * other inquiry started, then the run fails (so that it is retried), naming how many failed.
 */
export const reconcileReviews = async (deps: ReconcileReviewsDeps): Promise<Reconciliation> => {
  const cutoff = deps.clock().getTime() - RECONCILE_AFTER_MS;
  const dueBy = toRiyadhIso(
    deps.calendar.addWorkingDays(new Date(cutoff), RESPONSE_WORKING_DAYS + HOLIDAY_MARGIN_WORKING_DAYS),
  );
  const reconciliation: Reconciliation = { found: 0, started: 0, alreadyStarted: 0, failed: 0 };
  let firstFailure: unknown;
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
        try {
          reconciliation[await deps.workflow.start(inquiry.reference)]++;
        } catch (error) {
          reconciliation.failed++;
          firstFailure ??= error;
        }
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  if (reconciliation.failed > 0)
    throw new ReviewStartFailed(
      `${reconciliation.failed} of ${reconciliation.found} reviews could not be started (${reconciliation.started} started)`,
      { cause: firstFailure },
    );
  return reconciliation;
};
