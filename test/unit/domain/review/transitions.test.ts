import { describe, expect, it } from 'vitest';
import type { Inquiry } from '../../../../functions/domain/inquiries/inquiry.js';
import {
  appeal,
  arrivalSms,
  decide,
  rate,
  reply,
  startReview,
  timerFired,
} from '../../../../functions/domain/review/transitions.js';
import { stepFor } from '../../../../functions/domain/review/workflow-step.js';
import { TransitionNotAllowed } from '../../../../functions/domain/shared/errors.js';
import { WorkingCalendar } from '../../../../functions/domain/shared/working-calendar.js';
import { anInquiry } from '../../../support/inquiries.js';

const DAY = 86_400_000;
const now = new Date('2026-11-22T06:00:00.000Z');
const later = (days: number) => new Date(now.getTime() + days * DAY);
const reviewer = { id: 'reviewer-1', sections: ['GENERAL' as const] };
const other = { id: 'reviewer-2', sections: ['GENERAL' as const] };
const calendar = new WorkingCalendar();

const underReview = (overrides: Partial<Inquiry> = {}) => startReview(anInquiry(overrides), now).after;

describe('review transitions', () => {
  it('when a review starts, the inquiry is UNDER_REVIEW, the timeline says so and the resident is told it was received', () => {
    const started = startReview(anInquiry(), now);
    expect(started.after).toMatchObject({ status: 'UNDER_REVIEW', revision: 1 });
    expect(started.appended).toEqual([{ at: now.toISOString(), status: 'UNDER_REVIEW', actor: 'system' }]);
    expect(started.sms).toBe('RECEIVED');
  });

  it('when a reviewer accepts, the case closes; when they reject, a 30-day appeal window opens with who rejected', () => {
    const accepted = decide(underReview(), reviewer, { decision: 'ACCEPT' }, now);
    const rejected = decide(underReview(), reviewer, { decision: 'REJECT', note: 'Not eligible' }, now);
    expect(accepted.after).toMatchObject({ status: 'ACCEPTED', closedAt: now.toISOString() });
    expect(rejected.after).toMatchObject({
      status: 'REJECTED',
      rejectedBy: 'reviewer-1',
      appealDueBy: later(30).toISOString(),
    });
    expect(rejected.after.closedAt).toBeUndefined();
    expect(rejected.appended[0]).toMatchObject({ status: 'REJECTED', actor: 'reviewer', note: 'Not eligible' });
  });

  it('when a reviewer writes an internal note, it is kept apart from the timeline the resident sees', () => {
    const decided = decide(
      underReview(),
      reviewer,
      { decision: 'ACCEPT', note: 'Approved', internalNote: 'Checked with the visa system' },
      now,
    );
    expect(decided.after.internalNotes).toEqual([
      { at: now.toISOString(), reviewerId: 'reviewer-1', note: 'Checked with the visa system' },
    ]);
    expect(JSON.stringify(decided.after.timeline)).not.toContain('visa system');
  });

  it('when information is requested and the resident replies 3 days later, the deadline moves by those 3 days', () => {
    const asked = decide(
      underReview(),
      reviewer,
      { decision: 'REQUEST_INFO', note: 'Passport copy', requestedDocuments: ['Passport'] },
      now,
    ).after;
    const replied = reply(asked, { text: 'Attached', attachmentIds: ['a'] }, later(3));
    expect(asked).toMatchObject({
      status: 'NEEDS_INFO',
      replyDueBy: later(14).toISOString(),
      requestedDocuments: ['Passport'],
    });
    expect(Date.parse(replied.after.expectedResponseBy) - Date.parse(asked.expectedResponseBy)).toBe(3 * DAY);
    expect(replied.after).toMatchObject({ status: 'UNDER_REVIEW', replyDueBy: undefined, pausedAt: undefined });
    expect(replied.appended[0]).toMatchObject({ actor: 'resident', note: 'Attached', attachmentIds: ['a'] });
    expect(replied.sms).toBeUndefined();
  });

  it.each([
    [
      'a decision on a closed case',
      () =>
        decide(
          decide(underReview(), reviewer, { decision: 'ACCEPT' }, now).after,
          reviewer,
          { decision: 'REJECT', note: 'x' },
          now,
        ),
      'transition-not-allowed',
    ],
    [
      'a decision before the review began',
      () => decide(anInquiry(), reviewer, { decision: 'ACCEPT' }, now),
      'transition-not-allowed',
    ],
    ['a reply when nothing was asked', () => reply(underReview(), { text: 'hi' }, now), 'transition-not-allowed'],
    [
      'an appeal of an accepted case',
      () => appeal(decide(underReview(), reviewer, { decision: 'ACCEPT' }, now).after, { text: 'x' }, now, calendar),
      'transition-not-allowed',
    ],
    [
      'an appeal after 30 days',
      () =>
        appeal(
          decide(underReview(), reviewer, { decision: 'REJECT', note: 'x' }, now).after,
          { text: 'x' },
          later(31),
          calendar,
        ),
      'appeal-window-closed',
    ],
    ['a rating of an open case', () => rate(underReview(), { score: 5 }, now), 'transition-not-allowed'],
    [
      'a rating after 14 days',
      () => rate(decide(underReview(), reviewer, { decision: 'ACCEPT' }, now).after, { score: 5 }, later(15)),
      'rating-window-closed',
    ],
  ])('when %s is asked for, it is refused with %s', (_, act, code) => {
    expect(act).toThrow(TransitionNotAllowed);
    try {
      act();
    } catch (error) {
      expect((error as TransitionNotAllowed).code).toBe(code);
    }
  });

  it('when an appeal comes in, it must be decided by another reviewer, may not ask for information, and its outcome is final', () => {
    const rejected = decide(underReview(), reviewer, { decision: 'REJECT', note: 'x' }, now).after;
    const appealed = appeal(rejected, { text: 'Please look again' }, later(2), calendar).after;
    expect(appealed).toMatchObject({ status: 'APPEALED', appealed: true });
    expect(() => decide(appealed, reviewer, { decision: 'ACCEPT' }, later(3))).toThrow(
      expect.objectContaining({ code: 'second-reviewer-required' }),
    );
    expect(() => decide(appealed, other, { decision: 'REQUEST_INFO', note: 'x' }, later(3))).toThrow(
      TransitionNotAllowed,
    );
    const decided = decide(appealed, other, { decision: 'REJECT', note: 'Upheld' }, later(3));
    expect(decided.after).toMatchObject({ status: 'REJECTED', closedAt: later(3).toISOString() });
    expect(decided.sms).toBe('APPEAL_DECIDED');
    expect(() => appeal(decided.after, { text: 'again' }, later(4), calendar)).toThrow(
      expect.objectContaining({ code: 'appeal-window-closed' }),
    );
  });

  it('when a rating is given once within 14 days it is kept; a second is refused', () => {
    const rated = rate(
      decide(underReview(), reviewer, { decision: 'ACCEPT' }, now).after,
      { score: 4, comment: 'Good' },
      later(13),
    ).after;
    expect(rated.rating).toEqual({ score: 4, comment: 'Good', at: later(13).toISOString() });
    expect(() => rate(rated, { score: 5 }, later(13))).toThrow(expect.objectContaining({ code: 'already-rated' }));
  });
});

describe('review timers', () => {
  it('when the response deadline passes, the inquiry is escalated once; an early or repeated timer changes nothing', () => {
    const inquiry = underReview({ expectedResponseBy: '2026-12-01T23:59:59.999+03:00' });
    expect(timerFired(inquiry, 'UNDER_REVIEW', later(1))).toBeUndefined();
    const escalated = timerFired(inquiry, 'UNDER_REVIEW', later(10))!;
    expect(escalated).toMatchObject({ escalated: true, after: { escalated: true, status: 'UNDER_REVIEW' } });
    expect(escalated.sms).toBeUndefined();
    expect(timerFired(escalated.after, 'UNDER_REVIEW', later(11))).toBeUndefined();
  });

  it('when nobody replies, the reminder comes 3 days before the due date and the case closes on it', () => {
    const asked = decide(underReview(), reviewer, { decision: 'REQUEST_INFO', note: 'x' }, now).after;
    expect(stepFor(asked, now).timeoutSeconds).toBe(11 * 86_400);
    const reminded = timerFired(asked, 'NEEDS_INFO', later(11))!;
    expect(reminded).toMatchObject({ sms: 'REPLY_REMINDER', after: { replyReminderSent: true, status: 'NEEDS_INFO' } });
    expect(stepFor(reminded.after, later(11)).timeoutSeconds).toBe(3 * 86_400);
    const closed = timerFired(reminded.after, 'NEEDS_INFO', later(14))!;
    expect(closed).toMatchObject({ sms: 'CLOSED', after: { status: 'CLOSED', closeReason: 'NO_RESPONSE' } });
    expect(stepFor(closed.after, later(14), closed.sms)).toEqual({ next: 'FINISH', sms: { message: 'CLOSED' } });
  });

  it('when the inquiry moved on before its timer fired, the timer changes nothing and the arrival SMS is the one for its new status', () => {
    const accepted = decide(underReview(), reviewer, { decision: 'ACCEPT' }, now).after;
    expect(timerFired(accepted, 'UNDER_REVIEW', later(30))).toBeUndefined();
    expect(arrivalSms(accepted)).toBe('ACCEPTED');
  });

  it('when the appeal window ends unused, the rejection becomes final without an SMS', () => {
    const rejected = decide(underReview(), reviewer, { decision: 'REJECT', note: 'x' }, now).after;
    const final = timerFired(rejected, 'REJECTED', later(30))!;
    expect(final.after.closedAt).toBe(later(30).toISOString());
    expect(final.sms).toBeUndefined();
    expect(stepFor(final.after, later(30))).toEqual({ next: 'FINISH' });
  });

  it('when an escalated inquiry waits, it is looked at again within a day rather than left with no timer', () => {
    const escalated = timerFired(underReview(), 'UNDER_REVIEW', later(30))!.after;
    expect(stepFor(escalated, later(30))).toEqual({ next: 'AWAIT', awaiting: 'UNDER_REVIEW', timeoutSeconds: 86_400 });
  });
});
