import type { Inquiry } from '../inquiries/inquiry.js';
import type { InquiryRepository } from '../inquiries/ports.js';
import type { Clock } from '../shared/clock.js';
import type { IdempotencyClaim } from '../shared/idempotency.js';
import type { ReviewResumer } from './ports.js';
import type { Transition } from './transitions.js';
import { stepFor } from './workflow-step.js';

export interface ReviewDeps {
  inquiries: InquiryRepository;
  workflow: ReviewResumer;
  clock: Clock;
}

/**
 * What became of the waiting workflow after a change: resumed; already past that wait (its timer
 * or the next wait picks the change up); or not reachable — then the wait's own timer picks it up
 * at the latest, since every wait has one.
 */
export type WorkflowNotice = 'resumed' | 'expired' | 'not-waiting' | 'failed';

export interface AppliedTransition {
  inquiry: Inquiry;
  workflow: WorkflowNotice;
  failure?: unknown;
}

/** Stores a change made through the API (with its idempotency claim) and hands the workflow the step that follows from it. */
export const applyTransition = async (
  deps: ReviewDeps,
  transition: Transition,
  now: Date,
  claim?: IdempotencyClaim,
): Promise<AppliedTransition> => {
  const { taskToken } = await deps.inquiries.applyTransition(transition, claim);
  const inquiry = transition.after;
  // A closed case's workflow has finished: its last token leads nowhere.
  if (!taskToken || transition.before.closedAt) return { inquiry, workflow: 'not-waiting' };
  try {
    return { inquiry, workflow: await deps.workflow.resume(taskToken, stepFor(inquiry, now, transition.sms)) };
  } catch (failure) {
    return { inquiry, workflow: 'failed', failure };
  }
};
