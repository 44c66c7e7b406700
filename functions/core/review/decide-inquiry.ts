import { mayRead, type Reviewer } from '../caller.js';
import { InquiryNotFound } from '../errors.js';
import type { Reference } from '../reference.js';
import { type AppliedTransition, type ReviewDeps, applyTransition } from './apply-transition.js';
import { type ReviewDecision, decide } from './transitions.js';

/** A reviewer's decision on an inquiry of their sections; any other section's is not found. */
export const decideInquiry = async (deps: ReviewDeps, reviewer: Reviewer, reference: Reference, decision: ReviewDecision): Promise<AppliedTransition> => {
  const inquiry = await deps.inquiries.findByReference(reference);
  if (!inquiry || !mayRead({ kind: 'reviewer', reviewer }, inquiry)) throw new InquiryNotFound('No such inquiry in this reviewer’s sections');
  const now = deps.clock();
  return applyTransition(deps, decide(inquiry, reviewer, decision, now), now);
};
