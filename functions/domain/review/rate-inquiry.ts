import type { Reference } from '../inquiries/reference.js';
import type { Resident } from '../residents/resident.js';
import { type FollowUpDeps, followUp } from './follow-up.js';
import { rate } from './transitions.js';

/** The resident's rating of a closed case, once, within its window. */
export const rateInquiry = (
  deps: FollowUpDeps,
  resident: Resident,
  reference: Reference,
  rating: { score: number; comment?: string },
  idempotencyKey?: string,
) =>
  followUp(
    deps,
    resident,
    reference,
    { operation: 'RateInquiry', request: rating, transitionOf: (inquiry, now) => rate(inquiry, rating, now) },
    idempotencyKey,
  );
