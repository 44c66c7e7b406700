import { type EmployeeInquiriesDeps, listEmployeeInquiries } from '../../domain/establishments/employee-inquiries.js';
import { localeOf } from '../../http/api-event.js';
import type { StaffSignInDeps } from '../../http/api-handler.js';
import { establishmentStaffOf } from '../../http/identity.js';
import { contractQuery, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { establishmentContacts } from '../../runtime/establishments.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { documentRegister } from '../../runtime/residents.js';
import { employeeInquirySummary } from './employee-inquiry-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.ListEmployeeInquiries;

/** The inquiries the establishment filed for those who are still its employees. */
export const createHandler = (deps: EmployeeInquiriesDeps & StaffSignInDeps) =>
  apiFunction(
    async (event) => {
      const staff = establishmentStaffOf(event);
      const page = await listEmployeeInquiries(deps, staff, contractQuery(contract, event));
      const locale = localeOf(event);
      return success(contract, {
        items: page.items.map((inquiry) => employeeInquirySummary(inquiry, locale)),
        ...(page.nextCursor && { nextCursor: page.nextCursor }),
      });
    },
    { staffSignIns: deps.staffSignIns },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  register: documentRegister(),
  staffSignIns: establishmentContacts(),
});
