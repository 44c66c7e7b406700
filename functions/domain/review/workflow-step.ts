import type { Inquiry, InquiryStatus } from '../inquiries/inquiry.js';
import { DAY_MS, HOUR_MS } from '../shared/calendar-date.js';
import { required } from '../shared/required.js';
import type { SmsMessage } from '../sms/inquiry-templates.js';
import { quietUntil } from '../sms/quiet-hours.js';
import { REVIEW_RULES } from './review-rules.js';

/**
 * The SMS a step of the workflow sends: which message only. The notify task reads the phone and
 * language from the inquiry, so that no phone number travels through (or stays in) the execution history.
 */
export interface WorkflowSms {
  message: SmsMessage;
  /**
   * When the message falls due in the quiet hours: the morning it is sent at (ISO 8601, whole
   * seconds, as a Wait state's timestamp must be). The state machine holds it there; in the day it
   * is absent and the message goes at once, so the day's path has no extra state.
   */
  holdUntil?: string;
}

/**
 * What the state machine does next: wait — for a reviewer, the resident or a deadline — or finish,
 * sending the SMS first when there is one. It is all the state machine needs to decide, so its
 * Choice states read nothing else.
 */
export interface WorkflowStep {
  next: 'AWAIT' | 'FINISH';
  /** The status the inquiry waits in; a callback only resumes the wait if it still has it. */
  awaiting?: InquiryStatus;
  /**
   * When the wait's timer fires (whole seconds, at least 1): the deadline the inquiry waits for,
   * counted from the end of the SMS's hold when there is one, since the wait begins only then.
   */
  timeoutSeconds?: number;
  sms?: WorkflowSms;
}

/** The moment the next timer is due while the inquiry waits in its current status. */
const deadlineOf = (inquiry: Inquiry, now: Date): number => {
  switch (inquiry.status) {
    case 'UNDER_REVIEW':
    case 'APPEALED':
      return inquiry.escalated
        ? now.getTime() + REVIEW_RULES.escalatedRecheckHours * HOUR_MS
        : Date.parse(inquiry.expectedResponseBy);
    case 'NEEDS_INFO': {
      if (inquiry.replyRequestUnreached) return now.getTime() + REVIEW_RULES.unreachedRecheckHours * HOUR_MS;
      const due = Date.parse(required(inquiry.replyDueBy, 'The reply deadline of an inquiry waiting for information'));
      const remindAt = due - REVIEW_RULES.reminderDaysBeforeDue * DAY_MS;
      // Not known to have reached anyone when the reminder's day came: no reminder, the deadline next.
      const reminderPassedUnreached = !inquiry.replyRequestReachedAt && now.getTime() >= remindAt;
      return inquiry.replyReminderSent || reminderPassedUnreached ? due : remindAt;
    }
    case 'REJECTED':
      return Date.parse(required(inquiry.appealDueBy, 'The appeal deadline of a rejected inquiry'));
    default:
      throw new Error(`An inquiry ${inquiry.status} has nothing to wait for`);
  }
};

const smsAt = (message: SmsMessage, now: Date): WorkflowSms => {
  const holdUntil = quietUntil(now);
  return holdUntil ? { message, holdUntil: `${holdUntil.toISOString().slice(0, 19)}Z` } : { message };
};

export const stepFor = (inquiry: Inquiry, now: Date, message?: SmsMessage): WorkflowStep => {
  const sms = message && smsAt(message, now);
  if (inquiry.closedAt) return { next: 'FINISH', ...(sms && { sms }) };
  const waitBegins = sms?.holdUntil ? Date.parse(sms.holdUntil) : now.getTime();
  const timeoutSeconds = Math.max(1, Math.ceil((deadlineOf(inquiry, now) - waitBegins) / 1000));
  return { next: 'AWAIT', awaiting: inquiry.status, timeoutSeconds, ...(sms && { sms }) };
};
