import {
  type EmployeeInquiryDeps,
  submitEmployeeInquiry,
} from '../../domain/establishments/submit-employee-inquiry.js';
import { callersPath, localeOf } from '../../http/api-event.js';
import type { StaffSignInDeps } from '../../http/api-handler.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { establishmentStaffOf } from '../../http/identity.js';
import { bodyLimit, contractBody, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { establishmentContacts } from '../../runtime/establishments.js';
import { inquiryClaims, inquiryRepository, newReference, workingCalendar } from '../../runtime/inquiries.js';
import { documentRegister } from '../../runtime/residents.js';
import { processingTimesForSubmissions } from '../../runtime/stats.js';
import { employeeInquiryDetail, employeeInquiryPath } from './employee-inquiry-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.SubmitEmployeeInquiry;

/** An inquiry on an employee's behalf: stored is submitted, the table's stream starts its review. */
export const createHandler = (deps: EmployeeInquiryDeps & StaffSignInDeps) =>
  apiFunction(
    async (event) => {
      const staff = establishmentStaffOf(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const { inquiry, replayed } = await submitEmployeeInquiry(
        deps,
        staff,
        contractBody(contract, event),
        idempotencyKey,
      );
      return success(contract, employeeInquiryDetail(inquiry, localeOf(event)), {
        location: callersPath(event, employeeInquiryPath(inquiry.reference)),
        ...replayHeaders(replayed),
      });
    },
    { body: bodyLimit(contract), staffSignIns: deps.staffSignIns },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  claims: inquiryClaims(),
  calendar: workingCalendar(),
  clock,
  newReference,
  register: documentRegister(),
  processingTimes: processingTimesForSubmissions(),
  staffSignIns: establishmentContacts(),
});
