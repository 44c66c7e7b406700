import { CachedProcessingTimes } from '../adapters/stats/cached-processing-times.js';
import { DynamoDbProcessingTimes } from '../adapters/stats/dynamodb-processing-times.js';
import { DynamoDbStatsStore } from '../adapters/stats/dynamodb-stats-store.js';
import { clock } from './clock.js';
import { documentClient } from './dynamodb-client.js';
import { logger } from './observability.js';
import { once } from './once.js';
import { settings } from './settings.js';

/** The statistics' table: written by the stream's projector, read by the statistics' API (each function is granted only what it calls). */
export const statsStore = /* @__PURE__ */ once(
  () => new DynamoDbStatsStore(documentClient(), settings.statsTable(), clock),
);

/** The published processing times' one item in the statistics' table: read by the public route, written by the refresh. */
export const processingTimesSnapshot = /* @__PURE__ */ once(
  () => new DynamoDbProcessingTimes(documentClient(), settings.statsTable()),
);

/** The snapshot as each new inquiry reads it: kept a while per container, and never in the way of filing. */
export const processingTimesForSubmissions = /* @__PURE__ */ once(
  () =>
    new CachedProcessingTimes(processingTimesSnapshot(), clock, (error) =>
      logger.warn('Published processing times unreadable; inquiries are filed without a typical response date', {
        error,
      }),
    ),
);
