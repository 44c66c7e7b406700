import type { EmployeeDeps } from '../../domain/establishments/employee-deps.js';
import { getEmployee } from '../../domain/establishments/get-employee.js';
import type { StaffSignInDeps } from '../../http/api-handler.js';
import { establishmentStaffOf } from '../../http/identity.js';
import { success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { establishmentContacts } from '../../runtime/establishments.js';
import { documentRegister } from '../../runtime/residents.js';
import { employeeDocumentView } from './employee-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

/** One employee's own documents, for their establishment. */
export const createHandler = (deps: EmployeeDeps & StaffSignInDeps) =>
  apiFunction(
    async (event) => {
      const staff = establishmentStaffOf(event);
      const employee = await getEmployee(deps, staff, event.pathParameters?.iqamaNumber ?? '');
      const now = deps.clock();
      return success(ROUTE_CONTRACTS.GetEmployee, {
        iqamaNumber: employee.iqamaNumber,
        documents: employee.documents.map((document) => employeeDocumentView(document, now)),
      });
    },
    { staffSignIns: deps.staffSignIns },
  );

export const handler = createHandler({ register: documentRegister(), clock, staffSignIns: establishmentContacts() });
