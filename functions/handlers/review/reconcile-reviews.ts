import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { REVIEW_START_METRICS } from '../../contract/metrics.js';
import { type ReconcileReviewsDeps, reconcileReviews } from '../../domain/review/reconcile-reviews.js';
import { clock } from '../../runtime/clock.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { inquiryRepository, workingCalendar } from '../../runtime/inquiries.js';
import { logger, metrics } from '../../runtime/observability.js';
import { reviewStarter } from '../../runtime/review.js';

/**
 * What invokes a run: the daily schedule sends its scheduled time, an operator or the local runtime
 * sends `{}`. Neither changes the run, which reconciles up to the clock's now (a late delivery of
 * the schedule reconciles more, not less).
 */
export type ReconcileRequest = { scheduledTime?: string };

/**
 * Starts every review the table's stream did not start, and counts them: each one started here
 * means the stream lost it, which the ReviewsStartedByReconciliation alarm tells operators.
 */
export const createHandler =
  (deps: ReconcileReviewsDeps, published: Metrics = metrics) =>
  async (_request: ReconcileRequest) => {
    const reconciliation = await reconcileReviews(deps);
    published.addMetric(REVIEW_START_METRICS.startedByReconciliation, MetricUnit.Count, reconciliation.started);
    published.publishStoredMetrics();
    logger.info('Reviews reconciled', { ...reconciliation });
    return reconciliation;
  };

export const handler = eventHandler(
  createHandler({
    inquiries: inquiryRepository(),
    workflow: reviewStarter(),
    calendar: workingCalendar(),
    clock,
  }),
);
