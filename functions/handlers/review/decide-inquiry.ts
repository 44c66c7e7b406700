import { type DecisionDeps, decideInquiry } from '../../domain/review/decide-inquiry.js';
import { localeOf } from '../../http/api-event.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { reviewerDetail } from '../../http/inquiry-representation.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { reviewerOf } from '../../http/reviewer.js';
import { bodyLimit, contractBody, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { inquiryClaims, inquiryRepository } from '../../runtime/inquiries.js';
import { logger } from '../../runtime/observability.js';
import { reviewResumer } from '../../runtime/review.js';
import { logWorkflowNotice } from '../../runtime/workflow-notice.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.DecideInquiry;

/** A reviewer's decision; one that does not fit the inquiry's state is 409, another section's inquiry 404. Keys are the reviewer's own. */
export const createHandler = (deps: DecisionDeps) =>
  apiFunction(
    async (event) => {
      const reviewer = reviewerOf(event);
      const reference = referenceFrom(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const decision = contractBody(contract, event);
      const applied = await decideInquiry(deps, reviewer, reference, decision, idempotencyKey);
      logWorkflowNotice(logger, applied);
      return success(contract, reviewerDetail(applied.inquiry, localeOf(event)), replayHeaders(applied.replayed));
    },
    { body: bodyLimit(contract) },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  claims: inquiryClaims(),
  workflow: reviewResumer(),
  clock,
});
