import type { InquiryStatus } from '../inquiries/inquiry.js';
import type { Reference } from '../inquiries/reference.js';
import type { MessageLog } from '../sms/ports.js';
import type { ReviewDeps } from './apply-transition.js';
import { replyRequestReachedAt } from './reply-request-reach.js';
import { arrivalSms, timerFired } from './transitions.js';
import { workflowInquiry } from './workflow-inquiry.js';
import { stepFor, type WorkflowStep } from './workflow-step.js';

/** The timer reads the SMS records of an inquiry waiting for information: whether the request was delivered. */
export type TimerDeps = ReviewDeps & { messages: Pick<MessageLog, 'forInquiry'> };

/** A wait's timer fired: escalate, remind, close — or, if the inquiry moved on meanwhile, follow it. */
export const onTimer = async (
  deps: TimerDeps,
  reference: Reference,
  awaiting: InquiryStatus,
): Promise<{ step: WorkflowStep; escalated: boolean }> => {
  const inquiry = await workflowInquiry(deps, reference);
  const now = deps.clock();
  if (inquiry.status !== awaiting) return { step: stepFor(inquiry, now, arrivalSms(inquiry)), escalated: false };
  const notices =
    inquiry.status === 'NEEDS_INFO' && !inquiry.replyRequestReachedAt ? await deps.messages.forInquiry(reference) : [];
  const transition = timerFired(inquiry, awaiting, now, replyRequestReachedAt(inquiry, notices));
  if (!transition) return { step: stepFor(inquiry, now), escalated: false };
  await deps.inquiries.applyTransition(transition);
  return { step: stepFor(transition.after, now, transition.sms), escalated: transition.escalated === true };
};
