import type { InquiryStatus } from '../inquiries/inquiry.js';
import type { Reference } from '../inquiries/reference.js';
import type { ReviewDeps } from './apply-transition.js';
import { arrivalSms, timerFired } from './transitions.js';
import { workflowInquiry } from './workflow-inquiry.js';
import { stepFor, type WorkflowStep } from './workflow-step.js';

/** A wait's timer fired: escalate, remind, close — or, if the inquiry moved on meanwhile, follow it. */
export const onTimer = async (
  deps: ReviewDeps,
  reference: Reference,
  awaiting: InquiryStatus,
): Promise<{ step: WorkflowStep; escalated: boolean }> => {
  const inquiry = await workflowInquiry(deps, reference);
  const now = deps.clock();
  if (inquiry.status !== awaiting) return { step: stepFor(inquiry, now, arrivalSms(inquiry)), escalated: false };
  const transition = timerFired(inquiry, awaiting, now);
  if (!transition) return { step: stepFor(inquiry, now), escalated: false };
  await deps.inquiries.applyTransition(transition);
  return { step: stepFor(transition.after, now, transition.sms), escalated: transition.escalated === true };
};
