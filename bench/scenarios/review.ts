import { CLAIMS } from '../../functions/contract/identity.js';
import { apiEvent, jsonEvent, REVIEWER_CLAIMS } from '../../test/support/api-events.js';
import { dynamodb } from '../baselines/sdk-plan.js';
import { benchResident } from '../support/residents.js';
import {
  changeOfCopies,
  claimedTransitionWrite,
  decided,
  decisionEvent,
  idempotencyKey,
  NOTE,
  queued,
  readInquiry,
  replyWrites,
  resume,
  submitted,
  underReview,
  WEEKS,
} from './inquiry-states.js';
import type { Scenario } from './scenario.js';

/** The review: the queue, a reviewer's view, decisions, and the resident's reply, appeal and rating. */

const resident = benchResident(6);

/** The callers whose keys the claims are scoped to. */
const REVIEWER = REVIEWER_CLAIMS[CLAIMS.subject]!;
const RESIDENT = resident.id;

const followUp = (reference: string, body: Record<string, unknown>) =>
  jsonEvent(body, { claims: resident.claims, pathParameters: { reference }, headers: idempotencyKey() });

export const REVIEW_SCENARIOS: Scenario[] = [
  {
    fn: 'ListReviewQueue',
    prepare: async (bench) => {
      // At least a full page in the section's queue, whatever the other scenarios left there.
      for (let i = 0; i < 21; i++) await submitted(bench, resident);
      return {
        event: async () => apiEvent({ claims: REVIEWER_CLAIMS, query: { limit: '20' } }),
        calls: async () => [
          dynamodb('QueryCommand', {
            TableName: bench.tables.inquiries,
            IndexName: 'reviewQueue',
            KeyConditionExpression: 'reviewSection = :section',
            ExpressionAttributeValues: { ':section': 'GENERAL' },
            ScanIndexForward: true,
            Limit: 20,
          }),
        ],
      };
    },
  },
  {
    fn: 'GetReviewInquiry',
    prepare: async (bench) => {
      const reference = await underReview(bench, resident);
      return {
        event: async () => apiEvent({ claims: REVIEWER_CLAIMS, pathParameters: { reference } }),
        calls: async () => [readInquiry(bench, reference)],
      };
    },
  },
  {
    fn: 'DecideInquiry',
    prepare: async (bench) =>
      changeOfCopies(
        bench,
        await underReview(bench, resident),
        (reference) => decisionEvent(reference, { decision: 'ACCEPT', note: NOTE }),
        (reference, before, at) => [
          ...claimedTransitionWrite(
            bench,
            reference,
            before,
            { status: 'ACCEPTED', closedAt: at, updatedAt: at, reviewSection: undefined, queueKey: undefined },
            [{ at, status: 'ACCEPTED', actor: 'reviewer', note: NOTE }],
            { operation: 'DecideInquiry', owner: REVIEWER },
          ),
          resume(before.taskToken, { next: 'FINISH', sms: { message: 'ACCEPTED' } }),
        ],
      ),
  },
  {
    fn: 'ReplyToInquiry',
    resident,
    prepare: async (bench) =>
      changeOfCopies(
        bench,
        await decided(
          bench,
          resident,
          { decision: 'REQUEST_INFO', note: NOTE, requestedDocuments: ['Passport photo page'] },
          'NEEDS_INFO',
        ),
        (reference) => followUp(reference, { message: NOTE }),
        (reference, before, at) =>
          replyWrites(bench, reference, before, at, {
            actor: 'resident',
            note: NOTE,
            scope: { operation: 'ReplyToInquiry', owner: RESIDENT },
          }),
      ),
  },
  {
    fn: 'AppealInquiry',
    resident,
    prepare: async (bench) =>
      changeOfCopies(
        bench,
        await decided(bench, resident, { decision: 'REJECT', note: NOTE }, 'REJECTED'),
        (reference) => followUp(reference, { reason: NOTE }),
        (reference, before, at) => [
          ...claimedTransitionWrite(
            bench,
            reference,
            before,
            {
              status: 'APPEALED',
              appealed: true,
              escalated: false,
              expectedResponseBy: before.expectedResponseBy,
              updatedAt: at,
              ...queued(reference, before.expectedResponseBy),
            },
            [{ at, status: 'APPEALED', actor: 'resident', note: NOTE }],
            { operation: 'AppealInquiry', owner: RESIDENT },
          ),
          resume(before.taskToken, {
            next: 'AWAIT',
            awaiting: 'APPEALED',
            timeoutSeconds: WEEKS,
            sms: { message: 'APPEAL_RECEIVED' },
          }),
        ],
      ),
  },
  {
    fn: 'RateInquiry',
    resident,
    prepare: async (bench) =>
      changeOfCopies(
        bench,
        await decided(bench, resident, { decision: 'ACCEPT', note: NOTE }),
        (reference) => followUp(reference, { score: 5, comment: 'Quick and clear, thank you. شكرا' }),
        (reference, before, at) => [
          ...claimedTransitionWrite(
            bench,
            reference,
            before,
            { rating: { score: 5, comment: 'Quick and clear, thank you. شكرا', at }, updatedAt: at },
            [],
            {
              operation: 'RateInquiry',
              owner: RESIDENT,
            },
          ),
        ],
      ),
  },
];
