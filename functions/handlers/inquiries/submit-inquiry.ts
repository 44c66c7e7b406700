import * as v from 'valibot';
import { CATEGORY_CODES } from '../../domain/inquiries/categories.js';
import { type SubmitInquiryDeps, submitInquiry } from '../../domain/inquiries/submit-inquiry.js';
import { json, localeOf } from '../../http/api-event.js';
import type { SignInDeps } from '../../http/api-handler.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { residentOf } from '../../http/identity.js';
import { inquiryDetail, inquiryPath } from '../../http/inquiry-representation.js';
import { parseInput, text } from '../../http/validation.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { inquiryClaims, inquiryRepository, newReference, workingCalendar } from '../../runtime/inquiries.js';
import { documentRegister } from '../../runtime/residents.js';
import { reviewStarter } from '../../runtime/review.js';

export const DESCRIPTION_LIMITS = { min: 10, max: 4000 } as const;

const SubmitInquiryBody = v.strictObject({
  category: v.picklist(CATEGORY_CODES),
  description: text(DESCRIPTION_LIMITS),
});

export const createHandler = (deps: SubmitInquiryDeps & SignInDeps) =>
  apiFunction(
    async (event) => {
      const resident = residentOf(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const request = parseInput(SubmitInquiryBody, event.jsonBody);
      const { inquiry, replayed } = await submitInquiry(deps, resident, request, idempotencyKey);
      return json(201, inquiryDetail(inquiry, localeOf(event)), {
        location: inquiryPath(inquiry.reference),
        ...replayHeaders(replayed),
      });
    },
    { body: { maxBytes: 32 * 1024 }, signIns: deps.signIns },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  claims: inquiryClaims(),
  calendar: workingCalendar(),
  clock,
  newReference,
  workflow: reviewStarter(),
  signIns: documentRegister(),
});
