import { REVIEW_TASKS } from '../../functions/contract/triggers.js';
import type { Reference } from '../../functions/domain/inquiries/reference.js';
import { dynamodb, sns } from '../baselines/sdk-plan.js';
import { fieldAt } from '../support/function-answers.js';
import { benchResident } from '../support/residents.js';
import {
  changeOfCopies,
  inquiryKey,
  queued,
  readInquiry,
  submitted,
  taskToken,
  transitionWrite,
} from './inquiry-states.js';
import type { Scenario } from './scenario.js';
import { smsRecordCalls } from './sms-records.js';

/** The review state machine's tasks: the start of the review, a wait, a timer that escalates, an SMS. */

const resident = benchResident(7);
const DAY_MS = 24 * 3600 * 1000;
const step = (result: unknown) => {
  const awaiting = fieldAt(result, 'awaiting');
  const sms = fieldAt(result, 'sms');
  return `${fieldAt(result, 'next')}${awaiting ? ` ${awaiting}` : ''}${sms ? ` ${fieldAt(sms, 'message')}` : ''}`;
};

/** The task's input for a copy of the inquiry, waiting in review. */
const inReview = (reference: string) => ({ reference, awaiting: 'UNDER_REVIEW' });

export const WORKFLOW_SCENARIOS: Scenario[] = [
  {
    fn: REVIEW_TASKS.begin.id,
    outcome: step,
    expectedOutcome: 'AWAIT UNDER_REVIEW RECEIVED',
    prepare: async (bench) =>
      changeOfCopies(
        bench,
        await submitted(bench, resident),
        (reference) => ({ reference }),
        (reference, before, at) => [
          transitionWrite(
            bench,
            reference,
            before,
            { status: 'UNDER_REVIEW', updatedAt: at, ...queued(reference, before.expectedResponseBy) },
            [{ at, status: 'UNDER_REVIEW', actor: 'system' }],
          ),
        ],
      ),
  },
  {
    fn: REVIEW_TASKS.await.id,
    outcome: (result) => String(fieldAt(result, 'outcome')),
    expectedOutcome: 'waiting',
    prepare: async (bench) => {
      const own = await submitted(bench, resident);
      const theirs = await submitted(bench, resident);
      for (const reference of [own, theirs]) await bench.invoke(REVIEW_TASKS.begin.id, { reference });
      return {
        event: async () => ({ taskToken: taskToken(), reference: own, awaiting: 'UNDER_REVIEW' }),
        calls: async () => [
          dynamodb('UpdateCommand', {
            TableName: bench.tables.inquiries,
            Key: inquiryKey(theirs),
            UpdateExpression: 'SET taskToken = :token',
            ConditionExpression: '#status = :waitingIn AND attribute_not_exists(closedAt)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':token': taskToken(), ':waitingIn': 'UNDER_REVIEW' },
          }),
        ],
      };
    },
  },
  {
    // The timer of a review past its deadline: the inquiry is escalated (and the escalation counted).
    fn: REVIEW_TASKS.timer.id,
    outcome: step,
    expectedOutcome: 'AWAIT UNDER_REVIEW',
    prepare: async (bench) => {
      const overdue = await bench.withClockOffset(-20 * DAY_MS, async () => {
        const reference = await submitted(bench, resident);
        await bench.invoke(REVIEW_TASKS.begin.id, { reference });
        return reference;
      });
      return changeOfCopies(bench, overdue, inReview, (reference, before, at) => [
        transitionWrite(bench, reference, before, { escalated: true, updatedAt: at }),
      ]);
    },
  },
  {
    fn: REVIEW_TASKS.notify.id,
    outcome: (result) => String(fieldAt(result, 'outcome')),
    expectedOutcome: 'sent',
    prepare: async (bench) => {
      const reference = await submitted(bench, resident);
      const event = { reference, message: 'RECEIVED' };
      await bench.invoke(REVIEW_TASKS.notify.id, event);
      const message = bench.lastSms(resident.phone);
      return {
        event: async () => event,
        calls: async () => [
          readInquiry(bench, reference),
          sns('PublishCommand', {
            PhoneNumber: resident.phone,
            Message: message,
            MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
          }),
          ...smsRecordCalls(
            bench,
            { kind: 'INQUIRY_NOTICE', reference: reference as Reference, message: 'RECEIVED', recipient: 'RESIDENT' },
            resident.locale,
            message,
          ),
        ],
      };
    },
  },
];
