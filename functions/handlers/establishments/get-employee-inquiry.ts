import { type EmployeeInquiriesDeps, employeeInquiry } from '../../domain/establishments/employee-inquiries.js';
import type { InquiryRepository } from '../../domain/inquiries/ports.js';
import type { MessageLog } from '../../domain/sms/ports.js';
import { localeOf } from '../../http/api-event.js';
import type { StaffSignInDeps } from '../../http/api-handler.js';
import { establishmentStaffOf } from '../../http/identity.js';
import { notificationsOf } from '../../http/notification-representation.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { establishmentContacts } from '../../runtime/establishments.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { noteOpenedByAnswerer } from '../../runtime/reply-request-opened.js';
import { documentRegister } from '../../runtime/residents.js';
import { messageLog } from '../../runtime/sms.js';
import { employeeInquiryDetail } from './employee-inquiry-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

/** One inquiry the establishment filed, with its SMS, while the person it is for is still its employee. */
export const createHandler = (
  deps: EmployeeInquiriesDeps &
    StaffSignInDeps & {
      inquiries: Pick<InquiryRepository, 'markReplyRequestSeen'>;
      messages: Pick<MessageLog, 'forInquiry'>;
      clock: () => Date;
    },
) =>
  apiFunction(
    async (event) => {
      const staff = establishmentStaffOf(event);
      const inquiry = await employeeInquiry(deps, staff, referenceFrom(event));
      const now = deps.clock();
      await noteOpenedByAnswerer(deps.inquiries, inquiry, now);
      const notifications = notificationsOf(await deps.messages.forInquiry(inquiry.reference), now, 'staff');
      return success(
        ROUTE_CONTRACTS.GetEmployeeInquiry,
        employeeInquiryDetail(inquiry, localeOf(event), notifications),
      );
    },
    { staffSignIns: deps.staffSignIns },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  register: documentRegister(),
  messages: messageLog(),
  clock,
  staffSignIns: establishmentContacts(),
});
