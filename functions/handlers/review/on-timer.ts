import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { onTimer } from '../../domain/review/on-timer.js';
import type { ReviewDeps } from '../../domain/review/apply-transition.js';
import { productionReview } from '../../runtime/production-review.js';
import { ESCALATION_METRIC } from '../../contract/metrics.js';
import { awaitedStatusOf, referenceOf } from './workflow-task-input.js';

const metrics = new Metrics({ namespace: ESCALATION_METRIC.namespace, serviceName: ESCALATION_METRIC.service });

/** A wait's timer fired: escalation (counted on a metric), a reply reminder, a closure — or nothing due. */
export const createHandler = (deps: ReviewDeps, published: Metrics = metrics) => async (event: { reference: string; awaiting: string }) => {
  const { step, escalated } = await onTimer(deps, referenceOf(event), awaitedStatusOf(event));
  if (escalated) {
    published.addMetric(ESCALATION_METRIC.name, MetricUnit.Count, 1);
    published.publishStoredMetrics();
  }
  return step;
};

export const handler = createHandler(productionReview);
