import { mayRead, type Reviewer } from '../inquiries/caller.js';
import type { Reference } from '../inquiries/reference.js';
import { InquiryNotFound } from '../shared/errors.js';
import { type IdempotencyClaims, idempotent } from '../shared/idempotency.js';
import { type AppliedTransition, applyTransition, type ReviewDeps } from './apply-transition.js';
import { decide, type ReviewDecision } from './transitions.js';

export interface DecisionDeps extends ReviewDeps {
  claims: IdempotencyClaims;
}

const reviewableInquiry = async (deps: ReviewDeps, reviewer: Reviewer, reference: Reference) => {
  const inquiry = await deps.inquiries.findByReference(reference);
  if (!inquiry || !mayRead({ kind: 'reviewer', reviewer }, inquiry))
    throw new InquiryNotFound('No such inquiry in this reviewer’s sections');
  return inquiry;
};

/** A reviewer's decision on an inquiry of their sections; any other section's is not found. Keys are the reviewer's own. */
export const decideInquiry = async (
  deps: DecisionDeps,
  reviewer: Reviewer,
  reference: Reference,
  decision: ReviewDecision,
  idempotencyKey?: string,
): Promise<AppliedTransition & { replayed: boolean }> => {
  const now = deps.clock();
  const keyed = {
    key: idempotencyKey,
    owner: reviewer.id,
    operation: 'DecideInquiry' as const,
    request: [reference, decision],
    now,
  };
  const { result, replayed } = await idempotent(deps.claims, keyed, {
    apply: async (claim) =>
      applyTransition(
        deps,
        decide(await reviewableInquiry(deps, reviewer, reference), reviewer, decision, now),
        now,
        claim?.(reference),
      ),
    // A reviewer who has since lost the section no longer sees the inquiry, replay or not.
    replay: async (claimed) => ({
      inquiry: await reviewableInquiry(deps, reviewer, claimed as Reference),
      workflow: 'not-waiting' as const,
    }),
  });
  return { ...result, replayed };
};
