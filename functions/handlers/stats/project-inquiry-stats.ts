import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { inquiryChangesOf } from '../../adapters/stats/inquiry-change-records.js';
import { STATS_METRICS } from '../../contract/metrics.js';
import { type ProjectionDeps, projectInquiryChanges } from '../../domain/stats/project-inquiry-changes.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { workingCalendar } from '../../runtime/inquiries.js';
import { logger, metrics } from '../../runtime/observability.js';
import { statsStore } from '../../runtime/stats.js';

/**
 * Counts the changes of inquiries the table's stream delivers. The first change that cannot be
 * counted is reported as the batch's failure, so that Lambda delivers it and every later one again
 * (in order, as the statistics need nothing else); the ones counted before it are then recognised
 * as counted. Records hold residents' data, so neither they nor their images are ever logged.
 */
export const createHandler =
  (deps: ProjectionDeps, published: Pick<Metrics, 'addMetric'> = metrics) =>
  async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const outcome = await projectInquiryChanges(deps, inquiryChangesOf(event.Records));
    published.addMetric(STATS_METRICS.applied, MetricUnit.Count, outcome.applied);
    published.addMetric(STATS_METRICS.repeated, MetricUnit.Count, outcome.repeated);
    if (!outcome.failed) return { batchItemFailures: [] };
    const { position, error } = outcome.failed;
    logger.error('A change could not be counted; the stream delivers it again', {
      sequenceNumber: position,
      error,
    });
    return { batchItemFailures: [{ itemIdentifier: position }] };
  };

export const handler = eventHandler(createHandler({ store: statsStore(), calendar: workingCalendar() }), {
  metrics,
});
