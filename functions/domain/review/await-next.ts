import type { InquiryStatus } from '../inquiries/inquiry.js';
import type { Reference } from '../inquiries/reference.js';
import type { ReviewDeps } from './apply-transition.js';
import { arrivalSms } from './transitions.js';
import { workflowInquiry } from './workflow-inquiry.js';
import { stepFor } from './workflow-step.js';

/**
 * Begins a wait of the review state machine: the token is kept with the inquiry for whoever acts
 * next. If they already acted (a decision in the moment between two states), the wait ends at once
 * with the step that follows.
 */
export const awaitNext = async (
  deps: ReviewDeps,
  reference: Reference,
  awaiting: InquiryStatus,
  taskToken: string,
): Promise<'waiting' | 'moved-on'> => {
  if (await deps.inquiries.recordTaskToken(reference, awaiting, taskToken)) return 'waiting';
  const inquiry = await workflowInquiry(deps, reference);
  await deps.workflow.resume(taskToken, stepFor(inquiry, deps.clock(), arrivalSms(inquiry)));
  return 'moved-on';
};
