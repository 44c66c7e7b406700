import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { storedInquiriesOf } from '../../adapters/review/inquiry-stream-records.js';
import { REVIEW_START_METRICS } from '../../contract/metrics.js';
import type { ReviewStarter } from '../../domain/review/ports.js';
import { startStoredReviews } from '../../domain/review/start-stored-reviews.js';
import { errorSummary } from '../../http/error-summary.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { logger, metrics } from '../../runtime/observability.js';
import { reviewStarter } from '../../runtime/review.js';

/**
 * Starts the review of every inquiry the inquiries table's stream delivers as new. The first start
 * that fails is reported as the batch's failure (ReportBatchItemFailures): Lambda delivers the
 * batch again from that record, bisecting and retrying, then records it in the dead-letter queue,
 * and the daily reconciliation starts whatever is left. The images hold residents' phone numbers
 * and descriptions: only counts, positions and errors are logged.
 */
export const createHandler =
  (deps: { reviews: ReviewStarter }, published: Metrics = metrics) =>
  async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const { started, alreadyStarted, failure } = await startStoredReviews(
      deps.reviews,
      storedInquiriesOf(event.Records),
    );
    published.addMetric(REVIEW_START_METRICS.started, MetricUnit.Count, started);
    published.addMetric(REVIEW_START_METRICS.repeated, MetricUnit.Count, alreadyStarted);
    published.publishStoredMetrics();
    if (!failure) return { batchItemFailures: [] };
    logger.warn('A review could not be started; the stream delivers the batch again from its record', {
      sequenceNumber: failure.position,
      started,
      alreadyStarted,
      error: errorSummary(failure.error),
    });
    return { batchItemFailures: [{ itemIdentifier: failure.position }] };
  };

export const handler = eventHandler(createHandler({ reviews: reviewStarter() }));
