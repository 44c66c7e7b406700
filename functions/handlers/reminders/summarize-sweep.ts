import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { REMINDER_METRICS } from '../../contract/metrics.js';
import { type BatchOutcome, type SweepSummary, summarizeSweep } from '../../domain/reminders/summarize-sweep.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { metrics as functionMetrics } from '../../runtime/observability.js';

export interface SweepResults {
  sweepDate: string;
  batches: BatchOutcome[];
  digestBatches: BatchOutcome[];
}

/** The day's figures, as the sweep's result and as metrics (the failed-batch alarm watches the last), published after each invocation. */
export const createHandler =
  (metrics: Metrics) =>
  async (results: SweepResults): Promise<SweepSummary> => {
    const summary = summarizeSweep(results.sweepDate, results.batches, results.digestBatches);
    const { digests } = summary;
    metrics.addMetric(REMINDER_METRICS.sent, MetricUnit.Count, summary.sent);
    metrics.addMetric(REMINDER_METRICS.skipped, MetricUnit.Count, summary.skipped);
    metrics.addMetric(REMINDER_METRICS.digestsSent, MetricUnit.Count, digests.sent);
    // The alarms watch both kinds: a failed digest batch is made up by the same rerun of the day.
    metrics.addMetric(REMINDER_METRICS.failedBatches, MetricUnit.Count, summary.failedBatches + digests.failedBatches);
    metrics.addMetric(REMINDER_METRICS.uncertain, MetricUnit.Count, summary.uncertain + digests.uncertain);
    metrics.addMetric(
      REMINDER_METRICS.deferredForBudget,
      MetricUnit.Count,
      summary.deferredForBudget + digests.deferredForBudget,
    );
    return summary;
  };

export const handler = eventHandler(createHandler(functionMetrics), { metrics: functionMetrics });
