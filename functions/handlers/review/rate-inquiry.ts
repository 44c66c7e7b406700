import { rateInquiry } from '../../domain/review/rate-inquiry.js';
import { followUpDeps } from '../../runtime/review.js';
import { followUpHandler } from './follow-up-handler.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

/** The resident rates a closed case, once, within 14 days of its closing. */
export const createHandler = followUpHandler(
  ROUTE_CONTRACTS.RateInquiry,
  (deps, resident, reference, body, idempotencyKey) => rateInquiry(deps, resident, reference, body, idempotencyKey),
);

export const handler = createHandler(followUpDeps());
