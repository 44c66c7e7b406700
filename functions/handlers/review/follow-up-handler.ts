import type * as v from 'valibot';
import type { Reference } from '../../domain/inquiries/reference.js';
import type { Resident } from '../../domain/residents/resident.js';
import type { AppliedTransition } from '../../domain/review/apply-transition.js';
import type { FollowUpDeps } from '../../domain/review/follow-up.js';
import { localeOf } from '../../http/api-event.js';
import type { SignInDeps } from '../../http/api-handler.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { residentOf } from '../../http/identity.js';
import { type InquiryDetailSchema, inquiryDetail } from '../../http/inquiry-representation.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { bodyLimit, contractBody, type RouteContract, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { logger } from '../../runtime/observability.js';
import { logWorkflowNotice } from '../../runtime/workflow-notice.js';

type FollowUpContract = RouteContract & { body: NonNullable<RouteContract['body']> } & {
  success: { schema: typeof InquiryDetailSchema };
};

/**
 * A resident's follow-up on their own inquiry (reply, appeal, rating): the body is parsed with
 * the contract's schema, another resident's inquiry is 404, one in the wrong state 409; the answer is the inquiry.
 * An Idempotency-Key is honoured as on submission.
 */
export const followUpHandler =
  <C extends FollowUpContract>(
    contract: C,
    act: (
      deps: FollowUpDeps,
      resident: Resident,
      reference: Reference,
      body: v.InferOutput<C['body']['schema']>,
      idempotencyKey?: string,
    ) => Promise<AppliedTransition & { replayed: boolean }>,
  ) =>
  (deps: FollowUpDeps & SignInDeps) =>
    apiFunction(
      async (event) => {
        const resident = residentOf(event);
        const reference = referenceFrom(event);
        const idempotencyKey = idempotencyKeyOf(event);
        const applied = await act(deps, resident, reference, contractBody(contract, event), idempotencyKey);
        logWorkflowNotice(logger, applied);
        return success(contract, inquiryDetail(applied.inquiry, localeOf(event)), replayHeaders(applied.replayed));
      },
      { body: bodyLimit(contract), signIns: deps.signIns },
    );
