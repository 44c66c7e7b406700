import { DynamoDbStatsStore } from '../adapters/stats/dynamodb-stats-store.js';
import { clock } from './clock.js';
import { documentClient } from './dynamodb-client.js';
import { once } from './once.js';
import { settings } from './settings.js';

/** The statistics' table: written by the stream's projector, read by the statistics' functions. */
export const statsStore = /* @__PURE__ */ once(
  () => new DynamoDbStatsStore(documentClient(), settings.statsTable(), clock),
);
