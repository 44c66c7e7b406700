import * as v from 'valibot';
import { appealInquiry } from '../../domain/review/appeal-inquiry.js';
import { followUpDeps } from '../../runtime/review.js';
import { followUpHandler } from './follow-up-handler.js';
import { attachmentIds, messageText } from './resident-message.js';

const AppealBody = v.strictObject({ reason: messageText, attachmentIds });

/** The resident appeals a rejection, once, within 30 days. */
export const createHandler = followUpHandler(AppealBody, (deps, resident, reference, body, idempotencyKey) =>
  appealInquiry(deps, resident, reference, { text: body.reason, attachmentIds: body.attachmentIds }, idempotencyKey),
);

export const handler = createHandler(followUpDeps());
