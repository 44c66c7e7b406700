import {
  type RefreshProcessingTimesDeps,
  refreshProcessingTimes,
} from '../../domain/stats/refresh-processing-times.js';
import { clock } from '../../runtime/clock.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { logger } from '../../runtime/observability.js';
import { processingTimesSnapshot, statsStore } from '../../runtime/stats.js';

/**
 * What invokes the refresh: the daily schedule passes its scheduled time, an operator (or the local
 * runtime) nothing at all. Either way the figures are computed for the clock's now: a late retry
 * of the schedule still publishes the latest complete days.
 */
export type RefreshRequest = { scheduledTime?: string } | Record<string, never>;

/** What the refresh published, in counts: how many request types got a figure, and how many had too few decisions. */
export interface RefreshSummary {
  computedAt: string;
  window: { from: string; to: string };
  published: number;
  insufficientData: number;
}

/** Publishes the processing times afresh from the statistics' day items. */
export const createHandler =
  (deps: RefreshProcessingTimesDeps) =>
  async (_request: RefreshRequest): Promise<RefreshSummary> => {
    const times = await refreshProcessingTimes(deps);
    const insufficientData = times.requestTypes.filter((type) => 'insufficientData' in type).length;
    const summary = {
      computedAt: times.computedAt,
      window: times.window,
      published: times.requestTypes.length - insufficientData,
      insufficientData,
    };
    logger.info('Processing times published', { ...summary });
    return summary;
  };

export const handler = eventHandler(
  createHandler({ stats: statsStore(), publisher: processingTimesSnapshot(), clock }),
);
