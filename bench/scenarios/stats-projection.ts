import { PROJECT_INQUIRY_STATS } from '../../functions/contract/triggers.js';
import { generateReference } from '../../functions/domain/inquiries/reference.js';
import { riyadhToday } from '../../functions/domain/shared/calendar-date.js';
import { imageOf, streamEvent, streamRecord } from '../../test/support/inquiry-stream.js';
import { dynamodb } from '../baselines/sdk-plan.js';
import { rekeyed } from '../support/bench-fixtures.js';
import { fieldAt } from '../support/function-answers.js';
import { benchResident } from '../support/residents.js';
import { inquiryKey, submitted } from './inquiry-states.js';
import type { Bench, Scenario } from './scenario.js';

/** Counting the statistics from the inquiries table's stream: a new inquiry, one transaction. */

const resident = benchResident(10);
const MARKER_RETENTION_SECONDS = 7 * 24 * 60 * 60;

/** Adds `additions` to the counters of one item of the statistics table. */
const addTo = (bench: Bench, key: Record<string, string>, additions: Record<string, number>) => {
  const entries = Object.entries(additions);
  return {
    Update: {
      TableName: bench.tables.stats,
      Key: key,
      UpdateExpression: `ADD ${entries.map((_, index) => `#a${index} :a${index}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(entries.map(([name], index) => [`#a${index}`, name])),
      ExpressionAttributeValues: Object.fromEntries(entries.map(([, value], index) => [`:a${index}`, value])),
    },
  };
};

/** What counting a new inquiry writes: its marker, the submission on its day, and one more open. */
const countingNewInquiry = (bench: Bench, reference: string, createdAt: string) =>
  dynamodb('TransactWriteCommand', {
    TransactItems: [
      {
        Put: {
          TableName: bench.tables.stats,
          Item: {
            pk: `APPLIED#${reference}`,
            sk: 'REV#0',
            expiresAt: Math.floor(Date.now() / 1000) + MARKER_RETENTION_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      addTo(
        bench,
        { pk: 'SECTION#GENERAL', sk: `DAY#${riyadhToday(new Date(createdAt))}#TYPE#GENERAL_INQUIRY` },
        { submitted: 1 },
      ),
      addTo(bench, { pk: 'SECTION#GENERAL', sk: 'OPEN#TYPE#GENERAL_INQUIRY' }, { open: 1 }),
    ],
  });

export const STATS_PROJECTION_SCENARIOS: Scenario[] = [
  {
    fn: PROJECT_INQUIRY_STATS.id,
    outcome: (result) => `${fieldAt(result, 'batchItemFailures', 'length')} failed`,
    expectedOutcome: '0 failed',
    prepare: async (bench) => {
      const reference = await submitted(bench, resident);
      const stored = await bench.item(bench.tables.inquiries, inquiryKey(reference));
      return {
        // The stream's record of a new inquiry as large as a real one, under a reference never counted.
        event: async () =>
          streamEvent(streamRecord('INSERT', imageOf(rekeyed(stored, reference, generateReference())))),
        calls: async () => [countingNewInquiry(bench, generateReference(), String(stored.createdAt))],
      };
    },
  },
];
