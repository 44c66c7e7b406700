import type { EmployeeListDeps } from '../../domain/establishments/employee-deps.js';
import { listEmployeeDocuments } from '../../domain/establishments/list-employee-documents.js';
import type { StaffSignInDeps } from '../../http/api-handler.js';
import { establishmentStaffOf } from '../../http/identity.js';
import { contractQuery, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { employeeDirectory, establishmentContacts } from '../../runtime/establishments.js';
import { documentRegister } from '../../runtime/residents.js';
import { employeeDocumentView } from './employee-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.ListEmployees;

/** Who needs renewal: the establishment's employees' documents, the soonest expiry first. */
export const createHandler = (deps: EmployeeListDeps & StaffSignInDeps) =>
  apiFunction(
    async (event) => {
      const staff = establishmentStaffOf(event);
      const page = await listEmployeeDocuments(deps, staff, contractQuery(contract, event));
      const now = deps.clock();
      return success(contract, {
        items: page.items.map((document) => ({
          iqamaNumber: document.iqamaNumber,
          document: employeeDocumentView(document, now),
        })),
        ...(page.nextCursor && { nextCursor: page.nextCursor }),
      });
    },
    { staffSignIns: deps.staffSignIns },
  );

export const handler = createHandler({
  employees: employeeDirectory(),
  register: documentRegister(),
  clock,
  staffSignIns: establishmentContacts(),
});
