import { beforeEach, describe, expect, it } from 'vitest';
import type { Reference } from '../../../../functions/domain/inquiries/reference.js';
import { awaitNext } from '../../../../functions/domain/review/await-next.js';
import { beginReview } from '../../../../functions/domain/review/begin-review.js';
import { decideInquiry } from '../../../../functions/domain/review/decide-inquiry.js';
import { onTimer } from '../../../../functions/domain/review/on-timer.js';
import { timerFired } from '../../../../functions/domain/review/transitions.js';
import { ConcurrentChange } from '../../../../functions/domain/shared/errors.js';
import { InMemoryInquiryRepository } from '../../../support/in-memory-inquiry-repository.js';
import { InMemoryMessageLog } from '../../../support/in-memory-message-log.js';
import { anInquiry } from '../../../support/inquiries.js';
import { RecordingWorkflow } from '../../../support/recording-workflow.js';

const reviewer = { id: 'reviewer-1', sections: ['GENERAL' as const] };

describe('review workflow tasks', () => {
  let inquiries: InMemoryInquiryRepository;
  let workflow: RecordingWorkflow;
  let reference: Reference;
  let now: Date;
  let messages: InMemoryMessageLog;
  const deps = () => ({ inquiries, claims: inquiries.claims, workflow, clock: () => now, messages });

  beforeEach(async () => {
    inquiries = new InMemoryInquiryRepository();
    workflow = new RecordingWorkflow();
    messages = new InMemoryMessageLog();
    now = new Date('2026-11-22T06:00:00.000Z');
    const inquiry = anInquiry({ contact: { phone: '+966500000001', locale: 'en' } });
    reference = inquiry.reference;
    await inquiries.create(inquiry);
  });

  it('when the review begins at night in Riyadh, the receipt SMS is held for 08:00 and the wait counts to the deadline from then', async () => {
    // Prepare
    now = new Date('2026-11-22T23:15:00+03:00');
    const morning = Date.parse('2026-11-23T08:00:00+03:00');
    // Act
    const step = await beginReview(deps(), reference, false);
    // Assess
    expect(step.sms).toEqual({ message: 'RECEIVED', holdUntil: '2026-11-23T05:00:00Z' });
    const { expectedResponseBy } = inquiries.inquiries.get(reference)!;
    expect(step.timeoutSeconds).toBe(Math.ceil((Date.parse(expectedResponseBy) - morning) / 1000));
  });

  it('when the review begins, the first step announces receipt and waits for a reviewer until the deadline', async () => {
    const step = await beginReview(deps(), reference, false);
    expect(step).toMatchObject({ next: 'AWAIT', awaiting: 'UNDER_REVIEW', sms: { message: 'RECEIVED' } });
    // The step names the message only: no phone number travels through the execution history.
    expect(JSON.stringify(step)).not.toContain('+9665');
    expect(step.timeoutSeconds).toBe(Math.ceil((Date.parse('2026-12-01T23:59:59.999+03:00') - now.getTime()) / 1000));
  });

  it('when the first task is retried after its change was stored, receipt is announced again; after a restart it is not', async () => {
    await beginReview(deps(), reference, false);
    expect((await beginReview(deps(), reference, false)).sms).toBeDefined();
    expect((await beginReview(deps(), reference, true)).sms).toBeUndefined();
  });

  it('when a decision comes while the workflow waits, the waiting execution is resumed with the SMS of the decision', async () => {
    // Prepare
    await beginReview(deps(), reference, false);
    await awaitNext(deps(), reference, 'UNDER_REVIEW', 'token-1');
    // Act
    const applied = await decideInquiry(deps(), reviewer, reference, { decision: 'ACCEPT' });
    // Assess
    expect(applied.workflow).toBe('resumed');
    expect(workflow.resumed).toEqual([
      { taskToken: 'token-1', step: { next: 'FINISH', sms: { message: 'ACCEPTED' } } },
    ]);
  });

  it('when a decision lands before the wait began, the wait resumes itself at once with the decision', async () => {
    // Prepare
    await beginReview(deps(), reference, false);
    const applied = await decideInquiry(deps(), reviewer, reference, {
      decision: 'REQUEST_INFO',
      note: 'Passport copy',
    });
    // Act
    const outcome = await awaitNext(deps(), reference, 'UNDER_REVIEW', 'token-late');
    // Assess
    expect(applied.workflow).toBe('not-waiting');
    expect(outcome).toBe('moved-on');
    expect(workflow.resumed).toEqual([
      {
        taskToken: 'token-late',
        step: expect.objectContaining({ next: 'AWAIT', awaiting: 'NEEDS_INFO', sms: expect.anything() }),
      },
    ]);
  });

  it('when the workflow cannot be reached, the decision is still stored and reported as not delivered', async () => {
    await beginReview(deps(), reference, false);
    await awaitNext(deps(), reference, 'UNDER_REVIEW', 'token-1');
    workflow.failure = new Error('ThrottlingException');
    const applied = await decideInquiry(deps(), reviewer, reference, { decision: 'ACCEPT' });
    expect(applied.workflow).toBe('failed');
    expect(inquiries.inquiries.get(reference)!.status).toBe('ACCEPTED');
  });

  it('when the timers of a request for information fire, they read its SMS records: undelivered, no reminder and the case stays open past 14 days; delivered late, it is reminded and closes 14 days from the receipt', async () => {
    // Prepare
    await beginReview(deps(), reference, false);
    await decideInquiry(deps(), reviewer, reference, { decision: 'REQUEST_INFO', note: 'Passport copy' });
    await messages.record({
      messageId: 'ask',
      purpose: { kind: 'INQUIRY_NOTICE', reference, message: 'NEEDS_INFO', recipient: 'RESIDENT' },
      locale: 'en',
      encoding: 'GSM-7',
      parts: 1,
      sentAt: now.toISOString(),
      delivery: 'PENDING',
      estimatedUsd: 0.0247,
    });
    const fire = async (at: string) => {
      now = new Date(at);
      return (await onTimer(deps(), reference, 'NEEDS_INFO')).step;
    };
    // Act
    const reminderDay = await fire('2026-12-03T06:00:00.000Z');
    const unreached = await fire('2026-12-06T06:00:00.000Z');
    const stillOpen = inquiries.inquiries.get(reference)!;
    await messages.applyReceipt({
      messageId: 'ask',
      status: 'DELIVERED',
      providerResponse: 'carrier',
      priceUsd: 0.02,
      at: '2026-12-06T10:00:00.000Z',
    });
    const reached = await fire('2026-12-07T06:00:00.000Z');
    const reminded = await fire('2026-12-17T10:00:00.000Z');
    const closing = await fire('2026-12-20T10:00:00.000Z');
    // Assess
    expect(reminderDay).toEqual({ next: 'AWAIT', awaiting: 'NEEDS_INFO', timeoutSeconds: 3 * 86_400 });
    expect(unreached).toEqual({ next: 'AWAIT', awaiting: 'NEEDS_INFO', timeoutSeconds: 86_400 });
    expect(stillOpen).toMatchObject({ status: 'NEEDS_INFO', replyRequestUnreached: true });
    expect(reached).toEqual({ next: 'AWAIT', awaiting: 'NEEDS_INFO', timeoutSeconds: 10 * 86_400 + 4 * 3600 });
    expect(reminded).toMatchObject({ next: 'AWAIT', sms: { message: 'REPLY_REMINDER' } });
    expect(closing).toEqual({ next: 'FINISH', sms: { message: 'CLOSED' } });
    expect(inquiries.inquiries.get(reference)).toMatchObject({
      status: 'CLOSED',
      closeReason: 'NO_RESPONSE',
      replyRequestReachedAt: '2026-12-06T10:00:00.000Z',
    });
  });

  it('when the timer fires after a decision whose callback came too late, the timer follows the decision and sends its SMS', async () => {
    // Prepare
    await beginReview(deps(), reference, false);
    await awaitNext(deps(), reference, 'UNDER_REVIEW', 'token-1');
    workflow.expired.add('token-1');
    const applied = await decideInquiry(deps(), reviewer, reference, { decision: 'REJECT', note: 'Not eligible' });
    // Act
    now = new Date('2026-12-05T06:00:00.000Z');
    const { step, escalated } = await onTimer(deps(), reference, 'UNDER_REVIEW');
    // Assess
    expect(applied.workflow).toBe('expired');
    expect(escalated).toBe(false);
    expect(step).toMatchObject({ next: 'AWAIT', awaiting: 'REJECTED', sms: { message: 'REJECTED' } });
  });

  it('when two changes race, the one made from an older revision is refused', async () => {
    await beginReview(deps(), reference, false);
    const stale = inquiries.inquiries.get(reference)!;
    await decideInquiry(deps(), reviewer, reference, { decision: 'ACCEPT' });
    const late = timerFired(stale, 'UNDER_REVIEW', new Date('2026-12-05T06:00:00.000Z'))!;
    await expect(inquiries.applyTransition(late)).rejects.toBeInstanceOf(ConcurrentChange);
  });
});
