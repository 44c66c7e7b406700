import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { ESCALATION_METRIC } from '../../contract/metrics.js';
import { onTimer, type TimerDeps } from '../../domain/review/on-timer.js';
import { clock } from '../../runtime/clock.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { metrics } from '../../runtime/observability.js';
import { reviewResumer } from '../../runtime/review.js';
import { messageLog } from '../../runtime/sms.js';
import { awaitedStatusOf, referenceOf } from './workflow-task-input.js';

/** A wait's timer fired: escalation (counted on a metric), a reply reminder, a closure — or nothing due. */
export const createHandler =
  (deps: TimerDeps, published: Metrics = metrics) =>
  async (event: { reference: string; awaiting: string }) => {
    const { step, escalated } = await onTimer(deps, referenceOf(event), awaitedStatusOf(event));
    if (escalated) {
      published.addMetric(ESCALATION_METRIC.name, MetricUnit.Count, 1);
      published.publishStoredMetrics();
    }
    return step;
  };

// Published by the handler, only when an inquiry escalated: logMetrics would publish (and warn of) an empty set on every other timer.
export const handler = eventHandler(
  createHandler({ inquiries: inquiryRepository(), workflow: reviewResumer(), messages: messageLog(), clock }),
);
