import * as v from 'valibot';
import { CATEGORY_CODES } from '../core/categories.js';
import { type SubmitInquiryDeps, submitInquiry } from '../core/submit-inquiry.js';
import { production } from '../adapters/production.js';
import { reviewWorkflow } from '../adapters/production-workflow.js';
import { header, json, localeOf } from '../http/api-event.js';
import { type SignInDeps, apiHandler } from '../http/api-handler.js';
import { residentOf } from '../http/identity.js';
import { parseInput, text } from '../http/validation.js';
import { inquiryDetail, inquiryPath } from './representation.js';

export const DESCRIPTION_LIMITS = { min: 10, max: 4000 } as const;

const SubmitInquiryBody = v.strictObject({
  category: v.picklist(CATEGORY_CODES),
  description: text(DESCRIPTION_LIMITS),
});

const IDEMPOTENCY_KEY = /^[A-Za-z0-9\-_.:]{1,128}$/;
const IdempotencyKey = v.optional(v.pipe(v.string(), v.regex(IDEMPOTENCY_KEY, 'invalid_idempotency_key')));

export const createHandler = (deps: SubmitInquiryDeps & SignInDeps) =>
  apiHandler(
    async (event) => {
      const resident = residentOf(event);
      const idempotencyKey = parseInput(IdempotencyKey, header(event, 'idempotency-key'), '/headers/idempotency-key');
      const request = parseInput(SubmitInquiryBody, event.jsonBody);
      const { inquiry, replayed } = await submitInquiry(deps, resident, request, idempotencyKey);
      return json(201, inquiryDetail(inquiry, localeOf(event)), {
        location: inquiryPath(inquiry.reference),
        ...(replayed && { 'idempotent-replayed': 'true' }),
      });
    },
    { body: { maxBytes: 32 * 1024 }, signIns: deps.signIns },
  );

export const handler = createHandler({ ...production, workflow: reviewWorkflow });
