import { randomBytes, randomUUID } from 'node:crypto';
import { inquiryKey } from '../../functions/adapters/shared/item-keys.js';
import { REVIEW_TASKS } from '../../functions/contract/triggers.js';
import { jsonEvent, REVIEWER_CLAIMS } from '../../test/support/api-events.js';
import { dynamodb, type Step, sfn } from '../baselines/sdk-plan.js';
import { textAt } from '../support/function-answers.js';
import type { BenchResident } from '../support/residents.js';
import type { Bench, Invocations } from './scenario.js';

/**
 * Inquiries in each state of the review, reached through the functions themselves (submission, the
 * workflow's tasks, decisions), and the two calls that baselines of the review make: reading an
 * inquiry and writing its next state.
 */

const DESCRIPTION = 'Bench inquiry: when will my exit and re-entry visa be issued? متى تصدر تأشيرة الخروج والعودة؟';
export const NOTE = 'Please attach a copy of your passport’s photo page. يرجى إرفاق صورة صفحة الجواز.';

/** A fresh Idempotency-Key, as a client sends with every change it makes (README). */
export const idempotencyKey = () => ({ 'Idempotency-Key': randomUUID() });

/** Where a keyed change's claim is stored: one caller's key for one operation, in the table of the change. */
export const claimKey = (operation: string, owner: string, key: string) => ({
  pk: `IDEMPOTENCY#${operation}#${owner}#${key}`,
  sk: 'IDEMPOTENCY',
});

/**
 * The transaction item a keyed change writes beside the change: its claim, unless a live one holds
 * the key. The claim keeps a digest of the request (43 characters) and what the change made.
 */
export const claimPut = (table: string, operation: string, owner: string, result: string) => {
  const now = Math.floor(Date.now() / 1000);
  return {
    Put: {
      TableName: table,
      Item: {
        ...claimKey(operation, owner, randomUUID()),
        entity: 'IDEMPOTENCY',
        fingerprint: randomBytes(32).toString('base64url'),
        result,
        expiresAt: now + 24 * 3600,
      },
      ConditionExpression: 'attribute_not_exists(pk) OR #ttl <= :now',
      ExpressionAttributeNames: { '#ttl': 'expiresAt' },
      ExpressionAttributeValues: { ':now': now },
    },
  };
};

export const submitEvent = (resident: BenchResident, headers: Record<string, string> = {}) =>
  jsonEvent({ category: 'GENERAL_INQUIRY', description: DESCRIPTION }, { claims: resident.claims, headers });

export const decisionEvent = (reference: string, body: Record<string, unknown>) =>
  jsonEvent(body, { pathParameters: { reference }, claims: REVIEWER_CLAIMS, headers: idempotencyKey() });

/** As long as a Step Functions task token (they run to several hundred characters). */
export const taskToken = () => randomBytes(512).toString('base64url');

export { inquiryKey };

export const submitted = async (bench: Bench, resident: BenchResident): Promise<string> =>
  textAt(await bench.invokeApi('SubmitInquiry', submitEvent(resident)), 'reference');

/** The workflow's wait: its task token kept with the inquiry. */
export const awaiting = async (bench: Bench, reference: string, status: string) => {
  await bench.invoke(REVIEW_TASKS.await.id, { taskToken: taskToken(), reference, awaiting: status });
};

/** In the section's queue, the workflow waiting for a reviewer. */
export const underReview = async (bench: Bench, resident: BenchResident) => {
  const reference = await submitted(bench, resident);
  await bench.invoke(REVIEW_TASKS.begin.id, { reference });
  await awaiting(bench, reference, 'UNDER_REVIEW');
  return reference;
};

/** Decided by a reviewer; the workflow waits again unless the decision closed the case. */
export const decided = async (
  bench: Bench,
  resident: BenchResident,
  decision: Record<string, unknown>,
  waitsIn?: string,
) => {
  const reference = await underReview(bench, resident);
  await bench.invoke('DecideInquiry', decisionEvent(reference, decision));
  if (waitsIn) await awaiting(bench, reference, waitsIn);
  return reference;
};

/** The workflow told the step that follows, with the token the inquiry keeps (a waiting one has one). */
export const resume = (taskToken: string | undefined, step: Record<string, unknown>) => {
  if (taskToken === undefined) throw new Error('The inquiry holds no task token: the workflow is not waiting on it');
  return sfn('SendTaskSuccessCommand', { taskToken, output: JSON.stringify(step) });
};

/** How long the workflow waits for a reply or a decision before its own timer looks. */
export const WEEKS = 7 * 24 * 3600;

/** Under review, then asked for more by the reviewer, the workflow waiting for the reply. */
export const askedForMore = async (bench: Bench, reference: string) => {
  await bench.invoke(REVIEW_TASKS.begin.id, { reference });
  await awaiting(bench, reference, 'UNDER_REVIEW');
  await bench.invoke(
    'DecideInquiry',
    decisionEvent(reference, { decision: 'REQUEST_INFO', note: NOTE, requestedDocuments: ['Passport photo page'] }),
  );
  await awaiting(bench, reference, 'NEEDS_INFO');
};

export const readInquiry = (bench: Bench, reference: string) =>
  dynamodb('GetCommand', { TableName: bench.tables.inquiries, Key: inquiryKey(reference), ConsistentRead: true });

/** An inquiry's state as the review moves it on; the rest of the item is written once. */
const REVIEW_STATE = [
  ...['status', 'revision', 'updatedAt', 'expectedResponseBy', 'escalated', 'reviewSection', 'queueKey'],
  ...['requestedDocuments', 'pausedAt', 'replyDueBy', 'replyReminderSent'],
  ...['rejectedBy', 'appealDueBy', 'appealed', 'closedAt', 'closeReason', 'rating', 'internalNotes'],
];

/** An inquiry item as stored, with the fields that the baselines' writes read from it. */
export interface StoredInquiry extends Record<string, unknown> {
  expectedResponseBy: string;
  revision?: number;
  taskToken?: string;
}

const isStoredInquiry = (item: Record<string, unknown>): item is StoredInquiry =>
  typeof item.expectedResponseBy === 'string' &&
  (item.revision === undefined || typeof item.revision === 'number') &&
  (item.taskToken === undefined || typeof item.taskToken === 'string');

/** The update of a review step (see transitionWrite), without the values it returns. */
const transitionUpdate = (
  bench: Bench,
  reference: string,
  before: StoredInquiry,
  changes: Record<string, unknown>,
  appended: unknown[],
) => {
  const after: Record<string, unknown> = { ...before, ...changes, revision: (before.revision ?? 0) + 1 };
  // Short placeholders (#s0, :s0, …), as the attributes are many.
  const names = REVIEW_STATE.map((_, index) => `#s${index}`);
  const set = REVIEW_STATE.flatMap((name, index) => (after[name] === undefined ? [] : [index]));
  const removed = REVIEW_STATE.flatMap((name, index) => (after[name] === undefined ? [index] : []));
  return {
    TableName: bench.tables.inquiries,
    Key: inquiryKey(reference),
    UpdateExpression: `SET ${['#timeline = list_append(#timeline, :appended)', ...set.map((index) => `${names[index]} = :s${index}`)].join(', ')}${removed.length ? ` REMOVE ${removed.map((index) => names[index]).join(', ')}` : ''}`,
    ConditionExpression: before.revision === undefined ? 'attribute_not_exists(#s1)' : '#s1 = :read',
    ExpressionAttributeNames: {
      '#timeline': 'timeline',
      ...Object.fromEntries(REVIEW_STATE.map((name, index) => [names[index], name])),
    },
    ExpressionAttributeValues: {
      ...Object.fromEntries(set.map((index) => [`:s${index}`, after[REVIEW_STATE[index]!]])),
      ':appended': appended,
      ...(before.revision !== undefined && { ':read': before.revision }),
    },
  };
};

/**
 * A review step's write, one UpdateItem: the timeline grows by `appended`, and the whole review
 * state is written — set where the new state has it, removed where not — on the revision read.
 */
export const transitionWrite = (
  bench: Bench,
  reference: string,
  before: StoredInquiry,
  changes: Record<string, unknown>,
  appended: unknown[] = [],
) =>
  dynamodb('UpdateCommand', {
    ...transitionUpdate(bench, reference, before, changes, appended),
    ReturnValues: 'ALL_NEW',
  });

/** Who made a keyed change, and through which operation: the scope of its claim. */
export interface ClaimScope {
  operation: string;
  owner: string;
}

/**
 * A keyed review step: the same write with its claim, in one transaction. A transaction returns no
 * values, so the task token and revision are read first (consistently) and the write holds only
 * while the token does; the claim is stored with the change, so a retry never applies it twice.
 */
export const claimedTransitionWrite = (
  bench: Bench,
  reference: string,
  before: StoredInquiry,
  changes: Record<string, unknown>,
  appended: unknown[],
  scope: ClaimScope,
): Step[] => {
  const update = transitionUpdate(bench, reference, before, changes, appended);
  return [
    dynamodb('GetCommand', {
      TableName: bench.tables.inquiries,
      Key: inquiryKey(reference),
      ProjectionExpression: 'taskToken, #s1',
      ExpressionAttributeNames: { '#s1': 'revision' },
      ConsistentRead: true,
    }),
    dynamodb('TransactWriteCommand', {
      TransactItems: [
        {
          Update: {
            ...update,
            ConditionExpression: `(${update.ConditionExpression}) AND ${before.taskToken === undefined ? 'attribute_not_exists(#token)' : '#token = :token'}`,
            ExpressionAttributeNames: { ...update.ExpressionAttributeNames, '#token': 'taskToken' },
            ExpressionAttributeValues: {
              ...update.ExpressionAttributeValues,
              ...(before.taskToken !== undefined && { ':token': before.taskToken }),
            },
          },
        },
        claimPut(bench.tables.inquiries, scope.operation, scope.owner, reference),
      ],
    }),
  ];
};

/** The queue attributes of an open inquiry, due at `due`. */
export const queued = (reference: string, due: string) => ({
  reviewSection: 'GENERAL',
  queueKey: `${due}#${reference}`,
});

/**
 * A change to copies of one inquiry: the function gets a fresh copy per request, and so does the
 * baseline, whose calls read its copy and then make `writes` (the new state, a resumed workflow).
 */
export const changeOfCopies = async (
  bench: Bench,
  template: string,
  event: (reference: string) => unknown,
  writes: (reference: string, before: StoredInquiry, at: string) => Step[],
): Promise<Invocations> => {
  const before = await bench.item(bench.tables.inquiries, inquiryKey(template));
  if (!isStoredInquiry(before))
    throw new Error(`Inquiry ${template} is not stored as an inquiry: ${JSON.stringify(before)}`);
  return {
    event: async () => event(await bench.copyInquiry(template)),
    calls: async () => {
      const reference = await bench.copyInquiry(template);
      return [readInquiry(bench, reference), ...writes(reference, before, new Date().toISOString())];
    },
  };
};

/**
 * An answer to a request for information, as stored with its claim and told to the waiting
 * workflow: by the resident, or by the establishment that filed the inquiry.
 */
export const replyWrites = (
  bench: Bench,
  reference: string,
  before: StoredInquiry,
  at: string,
  answer: { actor: 'resident' | 'establishment'; note: string; scope: ClaimScope },
): Step[] => [
  ...claimedTransitionWrite(
    bench,
    reference,
    before,
    {
      status: 'UNDER_REVIEW',
      expectedResponseBy: before.expectedResponseBy,
      pausedAt: undefined,
      replyDueBy: undefined,
      replyReminderSent: undefined,
      requestedDocuments: undefined,
      updatedAt: at,
      ...queued(reference, before.expectedResponseBy),
    },
    [{ at, status: 'UNDER_REVIEW', actor: answer.actor, note: answer.note }],
    answer.scope,
  ),
  resume(before.taskToken, { next: 'AWAIT', awaiting: 'UNDER_REVIEW', timeoutSeconds: WEEKS }),
];
