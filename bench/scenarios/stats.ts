import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { addDays } from '../../functions/domain/shared/calendar-date.js';
import { apiEvent, REVIEWER_CLAIMS } from '../../test/support/api-events.js';
import { concurrently, dynamodb } from '../baselines/sdk-plan.js';
import type { Bench, Scenario } from './scenario.js';

/** The directorate's statistics: a reviewer's 180 days, read from day items and gauges. */

const SECTION_PARTITION = 'SECTION#GENERAL';
const TO = '2026-11-30';
const FROM = addDays(TO, -179);

/** A day item of the general section's one request type per day of the window, and its gauge, as the projector keeps them. */
const seedDayItems = async (bench: Bench) => {
  const items = [
    ...Array.from({ length: 180 }, (_, index) => ({
      pk: SECTION_PARTITION,
      sk: `DAY#${addDays(FROM, index)}#TYPE#GENERAL_INQUIRY`,
      submitted: 3,
      accepted: 2,
      rejected: 1,
      wd2: 2,
      wd5: 1,
      h4: 2,
      h6: 1,
    })),
    { pk: SECTION_PARTITION, sk: 'OPEN#TYPE#GENERAL_INQUIRY', open: 12, overdue: 1 },
  ];
  for (let start = 0; start < items.length; start += 25) {
    await bench.db.send(
      new BatchWriteCommand({
        RequestItems: {
          [bench.tables.stats]: items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })),
        },
      }),
    );
  }
};

const query = (bench: Bench, keyCondition: string, values: Record<string, string>) =>
  dynamodb('QueryCommand', {
    TableName: bench.tables.stats,
    KeyConditionExpression: keyCondition,
    ExpressionAttributeValues: { ':pk': SECTION_PARTITION, ...values },
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
  });

export const STATS_SCENARIOS: Scenario[] = [
  {
    fn: 'GetReviewStats',
    prepare: async (bench) => {
      await seedDayItems(bench);
      return {
        event: async () => apiEvent({ claims: REVIEWER_CLAIMS, query: { from: FROM, to: TO, groupBy: 'week' } }),
        calls: async () => [
          concurrently([
            [
              query(bench, '#pk = :pk AND #sk BETWEEN :first AND :last', {
                ':first': `DAY#${FROM}#TYPE#`,
                ':last': `DAY#${TO}#TYPE#~`,
              }),
            ],
            [query(bench, '#pk = :pk AND begins_with(#sk, :gauges)', { ':gauges': 'OPEN#TYPE#' })],
          ]),
        ],
      };
    },
  },
];
