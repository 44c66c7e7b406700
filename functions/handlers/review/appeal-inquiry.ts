import { appealInquiry } from '../../domain/review/appeal-inquiry.js';
import { followUpDeps } from '../../runtime/review.js';
import { followUpHandler } from './follow-up-handler.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

/** The resident appeals a rejection, once, within 30 days. */
export const createHandler = followUpHandler(
  ROUTE_CONTRACTS.AppealInquiry,
  (deps, resident, reference, body, idempotencyKey) =>
    appealInquiry(deps, resident, reference, { text: body.reason, attachmentIds: body.attachmentIds }, idempotencyKey),
);

export const handler = createHandler(followUpDeps());
