import type { Inquiry } from '../inquiries/inquiry.js';
import type { Reference } from '../inquiries/reference.js';
import type { ReviewDeps } from './apply-transition.js';
import { startReview } from './transitions.js';
import { workflowInquiry } from './workflow-inquiry.js';
import { stepFor, type WorkflowStep } from './workflow-step.js';

/** Only the start itself, not a rerun after the first decision, announces that the inquiry was received. */
const justStarted = (inquiry: Inquiry) => inquiry.status === 'UNDER_REVIEW' && inquiry.revision === 1;

/**
 * The review state machine's first task: a submitted inquiry goes to its section's queue. When the
 * execution is rerun (`resumed`, after a restart of the local runtime) it continues from wherever the inquiry is.
 */
export const beginReview = async (deps: ReviewDeps, reference: Reference, resumed: boolean): Promise<WorkflowStep> => {
  const inquiry = await workflowInquiry(deps, reference);
  const now = deps.clock();
  if (inquiry.status === 'SUBMITTED') {
    const started = startReview(inquiry, now);
    await deps.inquiries.applyTransition(started);
    return stepFor(started.after, now, started.sms);
  }
  // A retry after the start was stored but its answer lost: the SMS was never sent.
  return stepFor(inquiry, now, !resumed && justStarted(inquiry) ? 'RECEIVED' : undefined);
};
