import { type ReplyForEmployeeDeps, replyForEmployee } from '../../domain/establishments/reply-for-employee.js';
import { required } from '../../domain/shared/required.js';
import { localeOf } from '../../http/api-event.js';
import type { StaffSignInDeps } from '../../http/api-handler.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { establishmentStaffOf } from '../../http/identity.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { bodyLimit, contractBody, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { establishmentContacts } from '../../runtime/establishments.js';
import { logger } from '../../runtime/observability.js';
import { documentRegister } from '../../runtime/residents.js';
import { followUpDeps } from '../../runtime/review.js';
import { logWorkflowNotice } from '../../runtime/workflow-notice.js';
import { employeeInquiryDetail } from './employee-inquiry-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.ReplyToEmployeeInquiry;

/** The establishment answers a request for information on an inquiry it filed (only while it is NEEDS_INFO). */
export const createHandler = (deps: ReplyForEmployeeDeps & StaffSignInDeps) =>
  apiFunction(
    async (event) => {
      const staff = establishmentStaffOf(event);
      const reference = referenceFrom(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const body = contractBody(contract, event);
      const applied = await replyForEmployee(
        deps,
        staff,
        reference,
        { text: body.message, attachmentIds: body.attachmentIds },
        idempotencyKey,
      );
      logWorkflowNotice(logger, applied);
      // Only an inquiry the establishment filed gets this far.
      const submittedBy = required(applied.inquiry.submittedBy, 'The filing establishment');
      return success(
        contract,
        employeeInquiryDetail({ ...applied.inquiry, submittedBy }, localeOf(event)),
        replayHeaders(applied.replayed),
      );
    },
    { body: bodyLimit(contract), staffSignIns: deps.staffSignIns },
  );

export const handler = createHandler({
  ...followUpDeps(),
  register: documentRegister(),
  staffSignIns: establishmentContacts(),
});
