import * as v from 'valibot';
import { type DecisionDeps, decideInquiry } from '../../domain/review/decide-inquiry.js';
import { json, localeOf } from '../../http/api-event.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { reviewerDetail } from '../../http/inquiry-representation.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { reviewerOf } from '../../http/reviewer.js';
import { parseInput, text } from '../../http/validation.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { inquiryClaims, inquiryRepository } from '../../runtime/inquiries.js';
import { logger } from '../../runtime/observability.js';
import { reviewResumer } from '../../runtime/review.js';
import { logWorkflowNotice } from './workflow-notice.js';

export const NOTE_LIMITS = { min: 1, max: 2000 } as const;
const DOCUMENT_NAME_LIMITS = { min: 1, max: 200 } as const;
const MAX_REQUESTED_DOCUMENTS = 10;

const internalNote = v.optional(text(NOTE_LIMITS));
const DecisionBody = v.variant('decision', [
  v.strictObject({ decision: v.literal('ACCEPT'), note: v.optional(text(NOTE_LIMITS)), internalNote }),
  v.strictObject({ decision: v.literal('REJECT'), note: text(NOTE_LIMITS), internalNote }),
  v.strictObject({
    decision: v.literal('REQUEST_INFO'),
    note: text(NOTE_LIMITS),
    internalNote,
    requestedDocuments: v.optional(v.pipe(v.array(text(DOCUMENT_NAME_LIMITS)), v.maxLength(MAX_REQUESTED_DOCUMENTS))),
  }),
]);

/** A reviewer's decision; one that does not fit the inquiry's state is 409, another section's inquiry 404. Keys are the reviewer's own. */
export const createHandler = (deps: DecisionDeps) =>
  apiFunction(
    async (event) => {
      const reviewer = reviewerOf(event);
      const reference = referenceFrom(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const decision = parseInput(DecisionBody, event.jsonBody);
      const applied = await decideInquiry(deps, reviewer, reference, decision, idempotencyKey);
      logWorkflowNotice(logger, applied);
      return json(200, reviewerDetail(applied.inquiry, localeOf(event)), replayHeaders(applied.replayed));
    },
    { body: { maxBytes: 32 * 1024 } },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  claims: inquiryClaims(),
  workflow: reviewResumer(),
  clock,
});
