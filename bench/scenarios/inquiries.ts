import { employeeOwnerId } from '../../functions/domain/inquiries/inquiry-owner.js';
import { generateReference } from '../../functions/domain/inquiries/reference.js';
import { apiEvent } from '../../test/support/api-events.js';
import { concurrently, dynamodb } from '../baselines/sdk-plan.js';
import { rekeyed } from '../support/bench-fixtures.js';
import { textAt } from '../support/function-answers.js';
import { type BenchResident, benchResident } from '../support/residents.js';
import { claimPut, idempotencyKey, inquiryKey, readInquiry, submitEvent, submitted } from './inquiry-states.js';
import { snapshotRead } from './processing-times.js';
import type { Bench, Scenario } from './scenario.js';

/** The resident's own inquiries: submission (with and without an Idempotency-Key), the list, one inquiry. */

/** A submission as stored, for the baseline to store one as large under a reference of its own. */
const storedSubmission = async (bench: Bench, resident: BenchResident) => {
  const reference = textAt(await bench.invokeApi('SubmitInquiry', submitEvent(resident)), 'reference');
  const inquiry = await bench.item(bench.tables.inquiries, inquiryKey(reference));
  return { reference, inquiry };
};

const newInquiry = (bench: Bench, stored: Awaited<ReturnType<typeof storedSubmission>>, reference: string) => ({
  TableName: bench.tables.inquiries,
  Item: rekeyed(stored.inquiry, stored.reference, reference),
  ConditionExpression: 'attribute_not_exists(pk)',
});

const submitter = benchResident(1);

export const INQUIRY_SCENARIOS: Scenario[] = [
  {
    fn: 'SubmitInquiry',
    resident: submitter,
    // The published processing times, kept for later submissions of the container.
    firstRequestReads: (bench) => [snapshotRead(bench)],
    prepare: async (bench) => {
      const stored = await storedSubmission(bench, submitter);
      return {
        event: async () => submitEvent(submitter),
        calls: async () => {
          const reference = generateReference();
          return [dynamodb('PutCommand', newInquiry(bench, stored, reference))];
        },
      };
    },
  },
  {
    fn: 'SubmitInquiry',
    variant: 'with Idempotency-Key',
    resident: submitter,
    firstRequestReads: (bench) => [snapshotRead(bench)],
    prepare: async (bench) => {
      const stored = await storedSubmission(bench, submitter);
      return {
        event: async () => submitEvent(submitter, idempotencyKey()),
        calls: async () => {
          const reference = generateReference();
          return [
            // The claim first, the inquiry beside it: a retry finds the claim and never submits twice.
            dynamodb('TransactWriteCommand', {
              TransactItems: [
                claimPut(bench.tables.inquiries, 'SubmitInquiry', submitter.id, reference),
                { Put: newInquiry(bench, stored, reference) },
              ],
            }),
          ];
        },
      };
    },
  },
  {
    fn: 'ListInquiries',
    resident: benchResident(2),
    prepare: async (bench) => {
      const resident = benchResident(2);
      // More than a page, so that the answer carries a cursor.
      for (let i = 0; i < 25; i++) await submitted(bench, resident);
      return {
        event: async () => apiEvent({ claims: resident.claims, query: { limit: '20' } }),
        // Their own partition and the one of inquiries filed for their iqama number, read at once.
        calls: async () => [
          concurrently(
            [resident.id, employeeOwnerId(resident.iqamaNumber)].map((owner) => [
              dynamodb('QueryCommand', {
                TableName: bench.tables.inquiries,
                IndexName: 'byResident',
                KeyConditionExpression: 'residentId = :resident',
                ExpressionAttributeValues: { ':resident': owner },
                ScanIndexForward: false,
                Limit: 20,
              }),
            ]),
          ),
        ],
      };
    },
  },
  {
    fn: 'GetInquiry',
    resident: benchResident(3),
    prepare: async (bench) => {
      const resident = benchResident(3);
      const reference = await submitted(bench, resident);
      return {
        event: async () => apiEvent({ claims: resident.claims, pathParameters: { reference } }),
        calls: async () => [readInquiry(bench, reference)],
      };
    },
  },
];
