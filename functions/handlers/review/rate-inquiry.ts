import * as v from 'valibot';
import { rateInquiry } from '../../domain/review/rate-inquiry.js';
import { text } from '../../http/validation.js';
import { followUpDeps } from '../../runtime/review.js';
import { followUpHandler } from './follow-up-handler.js';

const RatingBody = v.strictObject({
  score: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  comment: v.optional(text({ min: 1, max: 1000 })),
});

/** The resident rates a closed case, once, within 14 days of its closing. */
export const createHandler = followUpHandler(RatingBody, (deps, resident, reference, body, idempotencyKey) =>
  rateInquiry(deps, resident, reference, body, idempotencyKey),
);

export const handler = createHandler(followUpDeps());
