import { type SubmitInquiryDeps, submitInquiry } from '../../domain/inquiries/submit-inquiry.js';
import { callersPath, localeOf } from '../../http/api-event.js';
import type { SignInDeps } from '../../http/api-handler.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { residentOf } from '../../http/identity.js';
import { inquiryDetail, inquiryPath } from '../../http/inquiry-representation.js';
import { bodyLimit, contractBody, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { inquiryClaims, inquiryRepository, newReference, workingCalendar } from '../../runtime/inquiries.js';
import { documentRegister } from '../../runtime/residents.js';
import { processingTimesForSubmissions } from '../../runtime/stats.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.SubmitInquiry;

export const createHandler = (deps: SubmitInquiryDeps & SignInDeps) =>
  apiFunction(
    async (event) => {
      const resident = residentOf(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const request = contractBody(contract, event);
      const { inquiry, replayed } = await submitInquiry(deps, resident, request, idempotencyKey);
      return success(contract, inquiryDetail(inquiry, localeOf(event)), {
        location: callersPath(event, inquiryPath(inquiry.reference)),
        ...replayHeaders(replayed),
      });
    },
    { body: bodyLimit(contract), signIns: deps.signIns },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  claims: inquiryClaims(),
  calendar: workingCalendar(),
  clock,
  newReference,
  signIns: documentRegister(),
  processingTimes: processingTimesForSubmissions(),
});
