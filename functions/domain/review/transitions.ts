import type { Reviewer } from '../inquiries/caller.js';
import type { Actor, Inquiry, InquiryStatus, TimelineEntry } from '../inquiries/inquiry.js';
import { DAY_MS } from '../shared/calendar-date.js';
import { TransitionNotAllowed } from '../shared/errors.js';
import { required } from '../shared/required.js';
import { RESPONSE_WORKING_DAYS, toRiyadhIso, type WorkingCalendar } from '../shared/working-calendar.js';
import type { SmsMessage } from '../sms/inquiry-templates.js';
import { addDays, REVIEW_RULES } from './review-rules.js';

/**
 * How early the reply reminder may go: 3 days before the deadline, and up to an hour sooner, so that
 * the SMS delivered a moment after the request was made (the usual reach) keeps the reminder on the
 * timer set when it was made, rather than waking the workflow again a moment later.
 */
const REMINDER_LEAD_MS = REVIEW_RULES.reminderDaysBeforeDue * DAY_MS + 60 * 60 * 1000;

/** One change of an inquiry: what it was, what it becomes, what the timeline gains, what SMS it sends. */
export interface Transition {
  before: Inquiry;
  after: Inquiry;
  /** Appended to the stored timeline, never written over it: attachments add entries concurrently. */
  appended: TimelineEntry[];
  sms?: SmsMessage;
  /** The response deadline passed without a decision just now. */
  escalated?: boolean;
}

export type ReviewDecision =
  | { decision: 'ACCEPT'; note?: string; internalNote?: string }
  | { decision: 'REJECT'; note: string; internalNote?: string }
  | { decision: 'REQUEST_INFO'; note: string; internalNote?: string; requestedDocuments?: string[] };

export interface ResidentMessage {
  text: string;
  attachmentIds?: string[];
}

const change = (
  before: Inquiry,
  now: Date,
  patch: Partial<Inquiry>,
  entry?: Omit<TimelineEntry, 'at'>,
  sms?: SmsMessage,
): Transition => {
  const at = now.toISOString();
  const appended = entry ? [{ at, ...entry }] : [];
  return {
    before,
    after: {
      ...before,
      ...patch,
      updatedAt: at,
      timeline: [...before.timeline, ...appended],
      revision: (before.revision ?? 0) + 1,
    },
    appended,
    ...(sms && { sms }),
  };
};

const refuse = (inquiry: Inquiry, action: string) =>
  new TransitionNotAllowed(
    'transition-not-allowed',
    `${action} is not possible while the inquiry is ${inquiry.status}`,
  );

const withAttachments = (message: ResidentMessage) =>
  message.attachmentIds?.length ? { attachmentIds: message.attachmentIds } : {};

/** Submission hands the inquiry to its section's queue. */
export const startReview = (inquiry: Inquiry, now: Date): Transition => {
  if (inquiry.status !== 'SUBMITTED') throw refuse(inquiry, 'Starting the review');
  return change(inquiry, now, { status: 'UNDER_REVIEW' }, { status: 'UNDER_REVIEW', actor: 'system' }, 'RECEIVED');
};

/**
 * A reviewer's decision. An inquiry under review may be accepted, rejected or sent back for
 * information; an appeal may only be accepted or rejected — finally, and by someone other than
 * the reviewer who rejected it.
 */
export const decide = (inquiry: Inquiry, reviewer: Reviewer, decision: ReviewDecision, now: Date): Transition => {
  const internalNotes = decision.internalNote
    ? [
        ...(inquiry.internalNotes ?? []),
        { at: now.toISOString(), reviewerId: reviewer.id, note: decision.internalNote },
      ]
    : inquiry.internalNotes;
  const base = { ...(internalNotes && { internalNotes }) };
  const entry = (status: InquiryStatus) => ({
    status,
    actor: 'reviewer' as const,
    ...(decision.note && { note: decision.note }),
  });
  const at = now.toISOString();

  if (inquiry.status === 'APPEALED') {
    if (reviewer.id === inquiry.rejectedBy) {
      throw new TransitionNotAllowed(
        'second-reviewer-required',
        'An appeal is decided by a reviewer other than the one who rejected',
      );
    }
    if (decision.decision === 'REQUEST_INFO') throw refuse(inquiry, 'Requesting information');
    const status = decision.decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED';
    return change(inquiry, now, { ...base, status, closedAt: at }, entry(status), 'APPEAL_DECIDED');
  }
  if (inquiry.status !== 'UNDER_REVIEW') throw refuse(inquiry, 'A decision');
  switch (decision.decision) {
    case 'ACCEPT':
      return change(inquiry, now, { ...base, status: 'ACCEPTED', closedAt: at }, entry('ACCEPTED'), 'ACCEPTED');
    case 'REJECT':
      return change(
        inquiry,
        now,
        {
          ...base,
          status: 'REJECTED',
          rejectedBy: reviewer.id,
          appealDueBy: addDays(now, REVIEW_RULES.appealDays).toISOString(),
        },
        entry('REJECTED'),
        'REJECTED',
      );
    case 'REQUEST_INFO':
      return change(
        inquiry,
        now,
        {
          ...base,
          status: 'NEEDS_INFO',
          requestedDocuments: decision.requestedDocuments ?? [],
          pausedAt: at,
          replyDueBy: addDays(now, REVIEW_RULES.replyDays).toISOString(),
          replyReminderSent: false,
          replyRequestReachedAt: undefined,
          replyRequestUnreached: undefined,
        },
        entry('NEEDS_INFO'),
        'NEEDS_INFO',
      );
  }
};

/**
 * The answer to a request for information, by the resident or the establishment that filed the
 * inquiry for them: the SLA clock runs again from where it stopped.
 */
export const reply = (
  inquiry: Inquiry,
  message: ResidentMessage,
  now: Date,
  actor: Extract<Actor, 'resident' | 'establishment'> = 'resident',
): Transition => {
  if (inquiry.status !== 'NEEDS_INFO') throw refuse(inquiry, 'A reply');
  const paused = now.getTime() - Date.parse(inquiry.pausedAt ?? now.toISOString());
  const expectedResponseBy = toRiyadhIso(new Date(Date.parse(inquiry.expectedResponseBy) + paused));
  return change(
    inquiry,
    now,
    {
      status: 'UNDER_REVIEW',
      expectedResponseBy,
      pausedAt: undefined,
      replyDueBy: undefined,
      replyReminderSent: undefined,
      replyRequestReachedAt: undefined,
      replyRequestUnreached: undefined,
      requestedDocuments: undefined,
    },
    { status: 'UNDER_REVIEW', actor, note: message.text, ...withAttachments(message) },
  );
};

/** An appeal of a rejection, within 30 days; it gets a fresh response deadline of its own. */
export const appeal = (
  inquiry: Inquiry,
  message: ResidentMessage,
  now: Date,
  calendar: WorkingCalendar,
): Transition => {
  if (inquiry.status !== 'REJECTED') throw refuse(inquiry, 'An appeal');
  if (inquiry.appealed || inquiry.closedAt || now.getTime() > Date.parse(inquiry.appealDueBy ?? '')) {
    throw new TransitionNotAllowed('appeal-window-closed', 'This rejection can no longer be appealed');
  }
  return change(
    inquiry,
    now,
    {
      status: 'APPEALED',
      appealed: true,
      escalated: false,
      expectedResponseBy: toRiyadhIso(calendar.addWorkingDays(now, RESPONSE_WORKING_DAYS)),
    },
    { status: 'APPEALED', actor: 'resident', note: message.text, ...withAttachments(message) },
    'APPEAL_RECEIVED',
  );
};

/** One rating per closed case, within 14 days of its closing. */
export const rate = (inquiry: Inquiry, rating: { score: number; comment?: string }, now: Date): Transition => {
  if (!inquiry.closedAt) throw refuse(inquiry, 'A rating');
  if (inquiry.rating) throw new TransitionNotAllowed('already-rated', 'This inquiry has already been rated');
  if (now.getTime() > Date.parse(inquiry.closedAt) + REVIEW_RULES.ratingDays * DAY_MS) {
    throw new TransitionNotAllowed('rating-window-closed', 'The time to rate this inquiry has passed');
  }
  return change(inquiry, now, { rating: { ...rating, at: now.toISOString() } });
};

/**
 * What a timer does while the inquiry waits for information. The reply is due 14 days from when
 * the request reached someone (`reachedAt`), not from when it was made: a request whose SMS was
 * never delivered and that nobody opened is never closed for "no reply" — it is marked unreached,
 * for the reviewer, and looked at again until it reaches someone. The reminder ("3 days left") is
 * sent only once it has, 3 days before the deadline that runs from then, so that it tells the truth.
 */
const replyTimerFired = (inquiry: Inquiry, now: Date, reachedAt: string | undefined): Transition | undefined => {
  const passed = (deadline: string, earlierByMs = 0) => now.getTime() >= Date.parse(deadline) - earlierByMs;
  const asked = required(inquiry.replyDueBy, 'The reply deadline of an inquiry waiting for information');
  const newlyReached =
    reachedAt && !inquiry.replyRequestReachedAt
      ? {
          replyRequestReachedAt: reachedAt,
          replyDueBy: addDays(new Date(reachedAt), REVIEW_RULES.replyDays).toISOString(),
          replyRequestUnreached: undefined,
        }
      : undefined;
  const dueBy = newlyReached?.replyDueBy ?? asked;
  if (reachedAt && passed(dueBy)) {
    return change(
      inquiry,
      now,
      { ...newlyReached, status: 'CLOSED', closeReason: 'NO_RESPONSE', closedAt: now.toISOString() },
      { status: 'CLOSED', actor: 'system' },
      'CLOSED',
    );
  }
  if (reachedAt && !inquiry.replyReminderSent && passed(dueBy, REMINDER_LEAD_MS))
    return change(inquiry, now, { ...newlyReached, replyReminderSent: true }, undefined, 'REPLY_REMINDER');
  if (newlyReached) return change(inquiry, now, newlyReached);
  if (!reachedAt && !inquiry.replyRequestUnreached && passed(asked))
    return change(inquiry, now, { replyRequestUnreached: true });
  return undefined;
};

/**
 * What a timer of the workflow does when it fires while the inquiry waits in `awaiting`:
 * escalate an overdue review, remind of or close an unanswered request, end the appeal window.
 * `reachedAt` is when a request for information reached someone, if it did (replyRequestReachedAt).
 * Undefined when nothing is due (the inquiry moved on, or the timer fired early).
 */
export const timerFired = (
  inquiry: Inquiry,
  awaiting: InquiryStatus,
  now: Date,
  reachedAt?: string,
): Transition | undefined => {
  if (inquiry.status !== awaiting || inquiry.closedAt) return undefined;
  const passed = (deadline: string | undefined, earlierByMs = 0) =>
    deadline !== undefined && now.getTime() >= Date.parse(deadline) - earlierByMs;
  switch (inquiry.status) {
    case 'UNDER_REVIEW':
    case 'APPEALED':
      if (inquiry.escalated || !passed(inquiry.expectedResponseBy)) return undefined;
      return { ...change(inquiry, now, { escalated: true }), escalated: true };
    case 'NEEDS_INFO':
      return replyTimerFired(inquiry, now, reachedAt);
    case 'REJECTED':
      return passed(inquiry.appealDueBy) ? change(inquiry, now, { closedAt: now.toISOString() }) : undefined;
    default:
      return undefined;
  }
};

/** The SMS for having arrived in the inquiry's current status, for a step whose own message was never sent. */
export const arrivalSms = (inquiry: Inquiry): SmsMessage | undefined => {
  switch (inquiry.status) {
    case 'NEEDS_INFO':
      return 'NEEDS_INFO';
    case 'APPEALED':
      return 'APPEAL_RECEIVED';
    case 'CLOSED':
      return 'CLOSED';
    case 'ACCEPTED':
      return inquiry.appealed ? 'APPEAL_DECIDED' : 'ACCEPTED';
    case 'REJECTED':
      if (inquiry.appealed) return 'APPEAL_DECIDED';
      return inquiry.closedAt ? undefined : 'REJECTED';
    default:
      return undefined;
  }
};
