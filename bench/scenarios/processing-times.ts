import { SNAPSHOT_KEY } from '../../functions/adapters/stats/dynamodb-processing-times.js';
import { dayRange, sectionPartition } from '../../functions/adapters/stats/stats-items.js';
import { SECTION_CODES } from '../../functions/domain/inquiries/categories.js';
import { processingTimesWindow } from '../../functions/domain/stats/processing-times.js';
import { apiEvent } from '../../test/support/api-events.js';
import { concurrently, dynamodb, type Step } from '../baselines/sdk-plan.js';
import type { Bench, Scenario } from './scenario.js';

/** The published processing times: read by anyone (no token), refreshed from every section's day items. */

/** The one read of the snapshot, as the public route and a submission's first request make it. */
export const snapshotRead = (bench: Bench): Step =>
  dynamodb('GetCommand', { TableName: bench.tables.stats, Key: SNAPSHOT_KEY });

/** One section's day items of the window, as the statistics' reader queries them. */
const dayItemsQuery = (bench: Bench, section: (typeof SECTION_CODES)[number], window: { from: string; to: string }) => {
  const { first, last } = dayRange(window.from, window.to);
  return dynamodb('QueryCommand', {
    TableName: bench.tables.stats,
    KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :first AND :last',
    ExpressionAttributeValues: { ':pk': sectionPartition(section), ':first': first, ':last': last },
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
  });
};

export const PROCESSING_TIMES_SCENARIOS: Scenario[] = [
  {
    fn: 'RefreshProcessingTimesFunction',
    outcome: (result) => `${(result as { published: number }).published} published`,
    prepare: async (bench) => {
      await bench.invoke('RefreshProcessingTimesFunction', {});
      const published = await bench.item(bench.tables.stats, SNAPSHOT_KEY);
      return {
        event: async () => ({}),
        calls: async () => {
          const window = processingTimesWindow(new Date());
          return [
            // Every section at once, then the snapshot replaced whole.
            concurrently(SECTION_CODES.map((section) => [dayItemsQuery(bench, section, window)])),
            dynamodb('PutCommand', { TableName: bench.tables.stats, Item: { ...published, window } }),
          ];
        },
      };
    },
  },
  {
    fn: 'GetProcessingTimes',
    prepare: async (bench) => {
      await bench.invoke('RefreshProcessingTimesFunction', {});
      return {
        event: async () => apiEvent({ claims: null }),
        calls: async () => [snapshotRead(bench)],
      };
    },
  },
];
