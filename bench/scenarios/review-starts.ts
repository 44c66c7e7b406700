import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { INQUIRY_TABLE_KEYS } from '../../functions/contract/table-layouts.js';
import { RECONCILE_REVIEWS, START_REVIEW } from '../../functions/contract/triggers.js';
import { SECTION_CODES } from '../../functions/domain/inquiries/categories.js';
import { generateReference } from '../../functions/domain/inquiries/reference.js';
import { RECONCILE_AFTER_MS } from '../../functions/domain/review/reconcile-reviews.js';
import { RESPONSE_WORKING_DAYS, toRiyadhIso, WorkingCalendar } from '../../functions/domain/shared/working-calendar.js';
import { imageOf, streamEvent, streamRecord } from '../../test/support/inquiry-stream.js';
import { dynamodb, type SdkCall, sfn } from '../baselines/sdk-plan.js';
import { rekeyed } from '../support/bench-fixtures.js';
import { fieldAt } from '../support/function-answers.js';
import { benchResident } from '../support/residents.js';
import { inquiryKey, submitted } from './inquiry-states.js';
import type { Bench, Scenario } from './scenario.js';

/** Starting reviews: from the inquiries table's stream, and by the daily reconciliation. */

const resident = benchResident(9);

const startReview = (bench: Bench, reference: string) =>
  sfn('StartExecutionCommand', {
    stateMachineArn: bench.reviewStateMachine,
    name: reference,
    input: JSON.stringify({ reference }),
  });

/**
 * What a reconciliation run calls right now: each section's submitted inquiries as far as one made
 * before the cutoff can be due, page by page, and a start for each one older than the cutoff.
 * (Bench inquiries are all recent, so holidays could move the bound by a day at most, reading the same.)
 */
const reconciliationCalls = async (bench: Bench): Promise<SdkCall[]> => {
  const cutoff = Date.now() - RECONCILE_AFTER_MS;
  // The reconciliation's bound: the response deadline, and ten working days' margin for holidays removed since.
  const dueBy = toRiyadhIso(new WorkingCalendar().addWorkingDays(new Date(cutoff), RESPONSE_WORKING_DAYS + 10));
  const calls: SdkCall[] = [];
  for (const section of SECTION_CODES) {
    let start: Record<string, unknown> | undefined;
    do {
      const input = {
        TableName: bench.tables.inquiries,
        IndexName: INQUIRY_TABLE_KEYS.reviewQueueIndex,
        KeyConditionExpression: '#section = :section AND #queueKey <= :dueBy',
        FilterExpression: '#status = :status',
        ExpressionAttributeNames: {
          '#section': INQUIRY_TABLE_KEYS.reviewSection,
          '#queueKey': INQUIRY_TABLE_KEYS.queueKey,
          '#status': 'status',
        },
        ExpressionAttributeValues: { ':section': section, ':dueBy': `${dueBy}#~`, ':status': 'SUBMITTED' },
        ScanIndexForward: true,
        Limit: 200,
        ...(start && { ExclusiveStartKey: start }),
      };
      calls.push(dynamodb('QueryCommand', input));
      const { Items = [], LastEvaluatedKey } = await bench.db.send(new QueryCommand(input));
      for (const item of Items)
        if (Date.parse(String(item.createdAt)) <= cutoff) calls.push(startReview(bench, String(item.reference)));
      start = LastEvaluatedKey;
    } while (start);
  }
  return calls;
};

export const REVIEW_START_SCENARIOS: Scenario[] = [
  {
    fn: START_REVIEW.id,
    outcome: (result) => `${fieldAt(result, 'batchItemFailures', 'length')} failed`,
    expectedOutcome: '0 failed',
    prepare: async (bench) => {
      const reference = await submitted(bench, resident);
      const stored = await bench.item(bench.tables.inquiries, inquiryKey(reference));
      return {
        // The stream's record of a new inquiry as large as a real one, under a reference not started yet.
        event: async () =>
          streamEvent(streamRecord('INSERT', imageOf(rekeyed(stored, reference, generateReference())))),
        calls: async () => [startReview(bench, generateReference())],
      };
    },
  },
  {
    fn: RECONCILE_REVIEWS.id,
    // The bench's own inquiries stay submitted (its Step Functions stand-in runs nothing): once ten
    // minutes old, every run starts them again, as a run would after the stream lost them.
    prepare: async (bench) => ({ event: async () => ({}), calls: async () => reconciliationCalls(bench) }),
  },
];
