import { describe, expect, it } from 'vitest';
import type { Inquiry } from '../../../../functions/domain/inquiries/inquiry.js';
import { replyRequestReachedAt } from '../../../../functions/domain/review/reply-request-reach.js';
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
import type { SmsMessage } from '../../../../functions/domain/sms/inquiry-templates.js';
import type { MessageRecord, ReceiptStatus } from '../../../../functions/domain/sms/message-record.js';
import type { SmsPurpose } from '../../../../functions/domain/sms/sms-purpose.js';
import { anInquiry } from '../../../support/inquiries.js';

const DAY = 86_400_000;
const now = new Date('2026-11-22T06:00:00.000Z');
const later = (days: number) => new Date(now.getTime() + days * DAY);
const reviewer = { id: 'reviewer-1', sections: ['GENERAL' as const] };
const other = { id: 'reviewer-2', sections: ['GENERAL' as const] };
const calendar = new WorkingCalendar();

const underReview = (overrides: Partial<Inquiry> = {}) => startReview(anInquiry(overrides), now).after;

/** The record of an SMS about the inquiry to its resident, sent `afterMs` after the request was made, with its receipt if any. */
const notice = (
  inquiry: Inquiry,
  message: SmsMessage,
  delivery: ReceiptStatus | 'PENDING',
  afterMs: number,
): MessageRecord => {
  const sentAt = Date.parse(inquiry.pausedAt!) + afterMs;
  return {
    messageId: `m-${message}-${afterMs}`,
    purpose: { kind: 'INQUIRY_NOTICE', reference: inquiry.reference, message, recipient: 'RESIDENT' },
    locale: 'en',
    encoding: 'GSM-7',
    parts: 1,
    sentAt: new Date(sentAt).toISOString(),
    delivery,
    estimatedUsd: 0.0247,
    ...(delivery !== 'PENDING' && { receiptAt: new Date(sentAt + 4_000).toISOString() }),
  };
};

const staffPurpose = (inquiry: Inquiry): SmsPurpose => ({
  kind: 'INQUIRY_NOTICE',
  reference: inquiry.reference,
  message: 'NEEDS_INFO',
  recipient: 'STAFF',
});

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

  it('when nobody replies to a delivered request, the reminder comes 3 days before the due date and the case closes 14 days from the delivery', () => {
    // Prepare
    const asked = decide(underReview(), reviewer, { decision: 'REQUEST_INFO', note: 'x' }, now).after;
    const delivered = [notice(asked, 'NEEDS_INFO', 'DELIVERED', 5_000)];
    // Act
    const reminded = timerFired(asked, 'NEEDS_INFO', later(11), replyRequestReachedAt(asked, delivered))!;
    const closeAt = new Date(later(11).getTime() + stepFor(reminded.after, later(11)).timeoutSeconds! * 1000);
    const closed = timerFired(reminded.after, 'NEEDS_INFO', closeAt, replyRequestReachedAt(reminded.after, []))!;
    // Assess
    expect(stepFor(asked, now).timeoutSeconds).toBe(11 * 86_400);
    expect(reminded).toMatchObject({
      sms: 'REPLY_REMINDER',
      after: {
        replyReminderSent: true,
        status: 'NEEDS_INFO',
        replyDueBy: new Date(later(14).getTime() + 9_000).toISOString(),
      },
    });
    expect(stepFor(reminded.after, later(11)).timeoutSeconds).toBe(3 * 86_400 + 9);
    expect(closed).toMatchObject({ sms: 'CLOSED', after: { status: 'CLOSED', closeReason: 'NO_RESPONSE' } });
    expect(stepFor(closed.after, closeAt, closed.sms)).toEqual({ next: 'FINISH', sms: { message: 'CLOSED' } });
  });

  it('when no message asking for the reply was delivered, no "3 days left" reminder goes out and the due date passes without closing: the case is marked unreached and looked at daily', () => {
    // Prepare
    const asked = decide(underReview(), reviewer, { decision: 'REQUEST_INFO', note: 'x' }, now).after;
    const failed = [notice(asked, 'NEEDS_INFO', 'FAILED', 5_000)];
    // Act
    const reminderDay = timerFired(asked, 'NEEDS_INFO', later(11), replyRequestReachedAt(asked, failed));
    const due = timerFired(asked, 'NEEDS_INFO', later(14), replyRequestReachedAt(asked, failed))!;
    const recheck = timerFired(due.after, 'NEEDS_INFO', later(15), replyRequestReachedAt(due.after, failed));
    // Assess
    expect(reminderDay).toBeUndefined();
    expect(stepFor(asked, later(11)).timeoutSeconds).toBe(3 * 86_400);
    expect(due.sms).toBeUndefined();
    expect(due.after).toMatchObject({ status: 'NEEDS_INFO', replyRequestUnreached: true });
    expect(stepFor(due.after, later(14)).timeoutSeconds).toBe(86_400);
    expect(recheck).toBeUndefined();
  });

  it('when an unreached request is opened by the resident later, the reply is due 14 days from then, reminded 3 days before, and closes only then', () => {
    // Prepare
    const asked = decide(underReview(), reviewer, { decision: 'REQUEST_INFO', note: 'x' }, now).after;
    const unreached = timerFired(asked, 'NEEDS_INFO', later(14), undefined)!.after;
    const opened = { ...unreached, replyRequestSeenAt: later(20).toISOString() };
    // Act
    const reached = timerFired(opened, 'NEEDS_INFO', later(21), replyRequestReachedAt(opened, []))!;
    const reminded = timerFired(reached.after, 'NEEDS_INFO', later(31), replyRequestReachedAt(reached.after, []))!;
    const early = timerFired(reminded.after, 'NEEDS_INFO', later(33), replyRequestReachedAt(reminded.after, []));
    const closed = timerFired(reminded.after, 'NEEDS_INFO', later(34), replyRequestReachedAt(reminded.after, []))!;
    // Assess
    expect(reached.sms).toBeUndefined();
    expect(reached.after).toMatchObject({
      replyRequestReachedAt: later(20).toISOString(),
      replyDueBy: later(34).toISOString(),
      replyRequestUnreached: undefined,
    });
    expect(stepFor(reached.after, later(21)).timeoutSeconds).toBe(10 * 86_400);
    expect(reminded.sms).toBe('REPLY_REMINDER');
    expect(stepFor(reminded.after, later(31)).timeoutSeconds).toBe(3 * 86_400);
    expect(early).toBeUndefined();
    expect(closed.after).toMatchObject({ status: 'CLOSED', closeReason: 'NO_RESPONSE' });
  });

  it('when the resident opened the request on day 3 though its SMS failed, the reminder comes 3 days before the deadline from then, not on day 11', () => {
    // Prepare
    const asked = decide(underReview(), reviewer, { decision: 'REQUEST_INFO', note: 'x' }, now).after;
    const opened = { ...asked, replyRequestSeenAt: later(3).toISOString() };
    const failed = [notice(asked, 'NEEDS_INFO', 'FAILED', 5_000)];
    // Act
    const dayEleven = timerFired(opened, 'NEEDS_INFO', later(11), replyRequestReachedAt(opened, failed))!;
    const dayFourteen = timerFired(
      dayEleven.after,
      'NEEDS_INFO',
      later(14),
      replyRequestReachedAt(dayEleven.after, failed),
    )!;
    // Assess
    expect(dayEleven.sms).toBeUndefined();
    expect(dayEleven.after.replyDueBy).toBe(later(17).toISOString());
    expect(stepFor(dayEleven.after, later(11)).timeoutSeconds).toBe(3 * 86_400);
    expect(dayFourteen.sms).toBe('REPLY_REMINDER');
  });

  it("when the resident opened the inquiry before this request, or another inquiry's or a staff copy's SMS arrived, the request has not reached them", () => {
    // Prepare
    const asked = decide(
      underReview({ replyRequestSeenAt: now.toISOString() }),
      reviewer,
      { decision: 'REQUEST_INFO', note: 'x' },
      later(1),
    ).after;
    const notices = [
      notice(asked, 'NEEDS_INFO', 'DELIVERED', -DAY),
      { ...notice(asked, 'NEEDS_INFO', 'DELIVERED', 5_000), purpose: { ...staffPurpose(asked) } },
      notice(asked, 'ACCEPTED', 'DELIVERED', 6_000),
    ];
    // Act
    const reachedAt = replyRequestReachedAt(asked, notices);
    // Assess
    expect(reachedAt).toBeUndefined();
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
