import { beforeAll, describe, expect, it } from 'vitest';
import { TransitionNotAllowed } from '../../functions/domain/shared/errors.js';
import { type SynthesizedSystem, synthesizeSystem } from '../../lib/local/synthesized-templates.js';
import { reviewHarness } from '../support/review-harness.js';
import { nextRiyadhHour } from '../support/riyadh-time-of-day.js';

const resident = { id: 'resident-1', iqamaNumber: '2000000006', phone: '+966500000001', locale: 'en' as const };
const reviewer = { id: 'reviewer-1', sections: ['GENERAL' as const] };
const secondReviewer = { id: 'reviewer-2', sections: ['GENERAL' as const] };

/** Whole seconds from `from` to `at`: the harness's clock runs on in real time between two moves of it. */
const secondsAfter = (from: Date, at: string) => Math.floor((Date.parse(at) - from.getTime()) / 1000);

/** The state transitions of each path, reported for the README's cost table. */
const transitions: Record<string, number> = {};

describe('the synthesized review state machine, run locally through every path', () => {
  let system: SynthesizedSystem;
  beforeAll(() => {
    system = synthesizeSystem();
  }, 120_000);

  it('when an inquiry is submitted and accepted, the resident hears of both and the execution ends in six transitions', async () => {
    // Prepare
    const review = reviewHarness(system);
    const reference = await review.submit(resident);
    // Act
    const applied = await review.decide(reviewer, reference, { decision: 'ACCEPT', note: 'Your visa is issued.' });
    await review.engine.settled();
    // Assess
    expect(applied.workflow).toBe('resumed');
    expect(review.status(reference)).toMatchObject({ status: 'ACCEPTED', closedAt: expect.any(String) });
    expect(review.sms.map((m) => m.message)).toEqual([
      `Tawasul: we received your request ${reference}. We will reply within 7 working days.`,
      `Tawasul: your request ${reference} has been accepted.`,
    ]);
    expect(review.engine.describe(reference)).toMatchObject({ status: 'SUCCEEDED' });
    transitions['submit → accept'] = review.engine.describe(reference)!.transitions;
    expect(transitions['submit → accept']).toBe(6);
  });

  it('when a reviewer accepts at 23:00 in Riyadh, the SMS is held and sent once at 08:00, for one transition more than in the day', async () => {
    // Prepare
    const review = reviewHarness(system);
    const reference = await review.submit(resident);
    await review.advanceTo(nextRiyadhHour(review.clock.now(), 23));
    // Act
    await review.decide(reviewer, reference, { decision: 'ACCEPT', note: 'Your visa is issued.' });
    const atNight = review.sms.length;
    const morning = nextRiyadhHour(review.clock.now(), 8);
    await review.advanceTo(new Date(morning.getTime() - 1000));
    const justBefore = review.sms.length;
    await review.advanceTo(new Date(morning.getTime() + 86_400_000));
    // Assess
    expect([atNight, justBefore]).toEqual([1, 1]);
    // The clock runs on in real time between two moves of it: within a second of 08:00.
    expect(review.sms.slice(1).map((m) => m.message)).toEqual([
      `Tawasul: your request ${reference} has been accepted.`,
    ]);
    expect(secondsAfter(morning, review.sms[1]!.at)).toBe(0);
    expect(review.engine.describe(reference)).toMatchObject({ status: 'SUCCEEDED', transitions: 7 });
    transitions['submit → accept at 23:00 (SMS held to 08:00)'] = review.engine.describe(reference)!.transitions;
  });

  it('when an inquiry is submitted at night, its receipt SMS waits for the morning and its response deadline is not shortened by the hold', async () => {
    // Prepare
    const review = reviewHarness(system);
    await review.advanceTo(nextRiyadhHour(review.clock.now(), 2));
    // Act
    const reference = await review.submit(resident);
    const held = review.sms.length;
    const morning = nextRiyadhHour(review.clock.now(), 8);
    await review.advanceTo(morning);
    const { expectedResponseBy } = review.status(reference);
    await review.advanceTo(new Date(Date.parse(expectedResponseBy) - 60_000));
    const beforeDeadline = review.status(reference).escalated;
    await review.advanceTo(new Date(Date.parse(expectedResponseBy) + 86_400_000));
    // Assess
    expect(held).toBe(0);
    expect(review.sms.map((m) => secondsAfter(morning, m.at))).toEqual([0]);
    expect(beforeDeadline).toBeFalsy();
    expect(review.status(reference)).toMatchObject({ status: 'UNDER_REVIEW', escalated: true });
  });

  it('when a request for information is held overnight and the resident replies in the app before the morning, the outrun request is not texted', async () => {
    // Prepare
    const review = reviewHarness(system);
    const reference = await review.submit(resident);
    await review.advanceTo(nextRiyadhHour(review.clock.now(), 23));
    await review.decide(reviewer, reference, { decision: 'REQUEST_INFO', note: 'Send your passport copy.' });
    await review.advanceTo(nextRiyadhHour(review.clock.now(), 6));
    // Act
    await review.reply(resident, reference, 'Attached is my passport copy.');
    await review.advanceTo(nextRiyadhHour(review.clock.now(), 9));
    await review.decide(reviewer, reference, { decision: 'ACCEPT' });
    // Assess
    expect(review.sms.map((m) => m.message.replace(reference, '{ref}'))).toEqual([
      'Tawasul: we received your request {ref}. We will reply within 7 working days.',
      'Tawasul: your request {ref} has been accepted.',
    ]);
    expect(review.engine.describe(reference)!.status).toBe('SUCCEEDED');
  });

  it('when rejected, the resident may appeal; a second reviewer decides it, finally', async () => {
    // Prepare
    const review = reviewHarness(system);
    const reference = await review.submit(resident);
    await review.decide(reviewer, reference, { decision: 'REJECT', note: 'The passport copy is unreadable.' });
    // Act
    await review.appeal(resident, reference, 'Here is a readable copy of my passport.');
    const sameReviewer = review.decide(reviewer, reference, { decision: 'ACCEPT' });
    await expect(sameReviewer).rejects.toMatchObject({ code: 'second-reviewer-required' });
    await review.decide(secondReviewer, reference, { decision: 'ACCEPT', note: 'Accepted on appeal.' });
    // Assess
    expect(review.status(reference)).toMatchObject({ status: 'ACCEPTED', appealed: true });
    expect(review.sms.map((m) => m.message.replace(reference, '{ref}'))).toEqual([
      'Tawasul: we received your request {ref}. We will reply within 7 working days.',
      'Tawasul: your request {ref} was rejected. You may appeal within 30 days.',
      expect.stringContaining('appeal'),
      'Tawasul: your appeal on request {ref} has been decided. Please open it for details.',
    ]);
    expect(review.engine.describe(reference)!.status).toBe('SUCCEEDED');
    transitions['submit → reject → appeal → accept'] = review.engine.describe(reference)!.transitions;
  });

  it('when information is requested and the resident replies, review resumes with the paused days added to the deadline', async () => {
    // Prepare
    const review = reviewHarness(system);
    const reference = await review.submit(resident);
    const deadline = Date.parse(review.status(reference).expectedResponseBy);
    await review.decide(reviewer, reference, {
      decision: 'REQUEST_INFO',
      note: 'Send your passport copy.',
      requestedDocuments: ['Passport copy'],
    });
    // Act
    await review.advanceDays(2);
    await review.reply(resident, reference, 'Attached is my passport copy.');
    // Assess
    const resumed = review.status(reference);
    expect(resumed.status).toBe('UNDER_REVIEW');
    expect(Date.parse(resumed.expectedResponseBy) - deadline).toBeGreaterThanOrEqual(2 * 86_400_000);
    await review.decide(reviewer, reference, { decision: 'ACCEPT' });
    expect(review.status(reference).status).toBe('ACCEPTED');
    transitions['submit → request info → reply → accept'] = review.engine.describe(reference)!.transitions;
  });

  it('when the resident never replies, they are reminded 3 days before and the case closes after 14 days', async () => {
    // Prepare
    const review = reviewHarness(system);
    const reference = await review.submit(resident);
    await review.decide(reviewer, reference, { decision: 'REQUEST_INFO', note: 'Send your passport copy.' });
    const asked = review.clock.now().getTime();
    // Act
    await review.advanceDays(12);
    const afterTwelve = review.sms.length;
    await review.advanceDays(3);
    // Assess
    const reminder = review.sms.find((m) => m.message.includes('3 days left to reply'));
    expect(reminder).toBeDefined();
    expect(Math.abs(Date.parse(reminder!.at) - asked - 11 * 86_400_000)).toBeLessThan(1000);
    expect(afterTwelve).toBe(3);
    expect(review.status(reference)).toMatchObject({ status: 'CLOSED', closeReason: 'NO_RESPONSE' });
    expect(review.sms.at(-1)!.message).toContain('closed');
    expect(review.engine.describe(reference)!.status).toBe('SUCCEEDED');
    transitions['submit → request info → no reply → closed'] = review.engine.describe(reference)!.transitions;
  });

  it("when the request's SMS never arrives, the case stays open past 14 days without a reminder; opened by the resident, it is reminded and closes 14 days from then", async () => {
    // Prepare
    const review = reviewHarness(system);
    const reference = await review.submit(resident);
    review.carrier.receipt = 'FAILED';
    await review.decide(reviewer, reference, { decision: 'REQUEST_INFO', note: 'Send your passport copy.' });
    // Act
    await review.advanceDays(20);
    const unreached = review.status(reference);
    // One reading of the clock for both: it runs on between two readings.
    const opened = review.clock.now().getTime();
    await review.inquiries.markReplyRequestSeen(reference, new Date(opened).toISOString());
    await review.advanceDays(13);
    const beforeDue = review.status(reference);
    await review.advanceDays(2);
    // Assess
    // No "3 days left" while it had reached no one; once it had, 3 days before the deadline from then.
    expect(unreached).toMatchObject({ status: 'NEEDS_INFO', replyRequestUnreached: true });
    expect(unreached.replyReminderSent).toBeFalsy();
    expect(beforeDue).toMatchObject({ status: 'NEEDS_INFO', replyReminderSent: true });
    expect(Date.parse(beforeDue.replyDueBy!) - opened).toBe(14 * 86_400_000);
    expect(review.status(reference)).toMatchObject({ status: 'CLOSED', closeReason: 'NO_RESPONSE' });
    expect(review.engine.describe(reference)!.status).toBe('SUCCEEDED');
    transitions['submit → request info, never delivered → opened on day 20 → closed'] =
      review.engine.describe(reference)!.transitions;
  });

  it('when the response deadline passes without a decision, the inquiry is escalated, not dropped, and can still be decided', async () => {
    // Prepare
    const review = reviewHarness(system);
    const reference = await review.submit(resident);
    // Act
    await review.advanceDays(12);
    // Assess
    expect(review.status(reference)).toMatchObject({ status: 'UNDER_REVIEW', escalated: true });
    expect(review.engine.describe(reference)!.status).toBe('RUNNING');
    await review.decide(reviewer, reference, { decision: 'ACCEPT' });
    expect(review.status(reference).status).toBe('ACCEPTED');
    expect(review.engine.describe(reference)!.status).toBe('SUCCEEDED');
    transitions['submit → SLA escalation (12 days) → accept'] = review.engine.describe(reference)!.transitions;
  });

  it('when a decision does not fit the state, or the appeal window has passed, it is refused and nothing changes', async () => {
    // Prepare
    const review = reviewHarness(system);
    const reference = await review.submit(resident);
    await review.decide(reviewer, reference, { decision: 'REJECT', note: 'Not eligible.' });
    // Act
    const reply = review.reply(resident, reference, 'But I am eligible.');
    await review.advanceDays(31);
    const lateAppeal = review.appeal(resident, reference, 'Please look again.');
    // Assess
    await expect(reply).rejects.toBeInstanceOf(TransitionNotAllowed);
    await expect(lateAppeal).rejects.toMatchObject({ code: 'appeal-window-closed' });
    expect(review.status(reference)).toMatchObject({ status: 'REJECTED', closedAt: expect.any(String) });
    expect(review.engine.describe(reference)!.status).toBe('SUCCEEDED');
    await review.rate(resident, reference, 4);
    await expect(review.rate(resident, reference, 5)).rejects.toMatchObject({ code: 'already-rated' });
  });

  it('reports the state transitions of each path', () => {
    console.log('State transitions per inquiry:', JSON.stringify(transitions, null, 2));
    expect(Object.keys(transitions).length).toBeGreaterThan(0);
  });
});
