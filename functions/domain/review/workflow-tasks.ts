import { InquiryNotFound } from '../shared/errors.js';
import type { Inquiry, InquiryStatus } from '../inquiries/inquiry.js';
import type { Reference } from '../inquiries/reference.js';
import type { ReviewDeps } from './apply-transition.js';
import { arrivalSms, startReview, timerFired } from './transitions.js';
import { type WorkflowStep, stepFor } from './workflow-step.js';

/**
 * The three tasks of the review state machine. Each reads the inquiry afresh and is safe to run
 * again: Step Functions retries them, and the local runtime reruns a whole execution on restart.
 */

const load = async (deps: ReviewDeps, reference: Reference): Promise<Inquiry> => {
  const inquiry = await deps.inquiries.findByReference(reference);
  if (!inquiry) throw new InquiryNotFound(`The workflow's inquiry is missing`);
  return inquiry;
};

/** Only the start itself, not a rerun after the first decision, announces that the inquiry was received. */
const justStarted = (inquiry: Inquiry) => inquiry.status === 'UNDER_REVIEW' && inquiry.revision === 1;

/**
 * The first task: a submitted inquiry goes to its section's queue. When the execution is rerun
 * (`resumed`, after a restart of the local runtime) it continues from wherever the inquiry is.
 */
export const beginReview = async (deps: ReviewDeps, reference: Reference, resumed: boolean): Promise<WorkflowStep> => {
  const inquiry = await load(deps, reference);
  const now = deps.clock();
  if (inquiry.status === 'SUBMITTED') {
    const started = startReview(inquiry, now);
    await deps.inquiries.applyTransition(started);
    return stepFor(started.after, now, started.sms);
  }
  // A retry after the start was stored but its answer lost: the SMS was never sent.
  return stepFor(inquiry, now, !resumed && justStarted(inquiry) ? 'RECEIVED' : undefined);
};

/**
 * Begins a wait: the token is kept with the inquiry for whoever acts next. If they already acted
 * (a decision in the moment between two states), the wait ends at once with the step that follows.
 */
export const awaitNext = async (deps: ReviewDeps, reference: Reference, awaiting: InquiryStatus, taskToken: string): Promise<'waiting' | 'moved-on'> => {
  if (await deps.inquiries.recordTaskToken(reference, awaiting, taskToken)) return 'waiting';
  const inquiry = await load(deps, reference);
  await deps.workflow.resume(taskToken, stepFor(inquiry, deps.clock(), arrivalSms(inquiry)));
  return 'moved-on';
};

/** A wait's timer fired: escalate, remind, close — or, if the inquiry moved on meanwhile, follow it. */
export const onTimer = async (deps: ReviewDeps, reference: Reference, awaiting: InquiryStatus): Promise<{ step: WorkflowStep; escalated: boolean }> => {
  const inquiry = await load(deps, reference);
  const now = deps.clock();
  if (inquiry.status !== awaiting) return { step: stepFor(inquiry, now, arrivalSms(inquiry)), escalated: false };
  const transition = timerFired(inquiry, awaiting, now);
  if (!transition) return { step: stepFor(inquiry, now), escalated: false };
  await deps.inquiries.applyTransition(transition);
  return { step: stepFor(transition.after, now, transition.sms), escalated: transition.escalated === true };
};
