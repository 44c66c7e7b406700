import { START_REVIEW } from '../../functions/contract/triggers.js';
import { generateReference } from '../../functions/domain/inquiries/reference.js';
import { imageOf, streamEvent, streamRecord } from '../../test/support/inquiry-stream.js';
import { sfn } from '../baselines/sdk-plan.js';
import { rekeyed } from '../support/bench-fixtures.js';
import { fieldAt } from '../support/function-answers.js';
import { benchResident } from '../support/residents.js';
import { inquiryKey, submitted } from './inquiry-states.js';
import type { Bench, Scenario } from './scenario.js';

/** Starting reviews from the inquiries table's stream. */

const resident = benchResident(9);

const startReview = (bench: Bench, reference: string) =>
  sfn('StartExecutionCommand', {
    stateMachineArn: bench.reviewStateMachine,
    name: reference,
    input: JSON.stringify({ reference }),
  });

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
];
