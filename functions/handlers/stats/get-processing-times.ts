import type { PublishedProcessingTimes } from '../../domain/stats/ports.js';
import { localeOf } from '../../http/api-event.js';
import { success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { processingTimesSnapshot } from '../../runtime/stats.js';
import { PROCESSING_TIMES_SHARING, processingTimesAnswer } from './processing-times-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

/** The published processing times, for anyone: no token is read, since the answer is the same for all. */
export const createHandler = (deps: { processingTimes: PublishedProcessingTimes }) =>
  apiFunction(async (event) =>
    success(
      ROUTE_CONTRACTS.GetProcessingTimes,
      processingTimesAnswer(await deps.processingTimes.latest(), localeOf(event)),
      PROCESSING_TIMES_SHARING,
    ),
  );

export const handler = createHandler({ processingTimes: processingTimesSnapshot() });
