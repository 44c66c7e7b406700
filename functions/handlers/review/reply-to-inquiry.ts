import { replyToInquiry } from '../../domain/review/reply-to-inquiry.js';
import { followUpDeps } from '../../runtime/review.js';
import { followUpHandler } from './follow-up-handler.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

/** The resident answers a request for information (only while it is NEEDS_INFO). */
export const createHandler = followUpHandler(
  ROUTE_CONTRACTS.ReplyToInquiry,
  (deps, resident, reference, body, idempotencyKey) =>
    replyToInquiry(
      deps,
      resident,
      reference,
      { text: body.message, attachmentIds: body.attachmentIds },
      idempotencyKey,
    ),
);

export const handler = createHandler(followUpDeps());
