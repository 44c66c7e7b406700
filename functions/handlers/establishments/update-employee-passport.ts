import type { EmployeeChangeDeps } from '../../domain/establishments/employee-deps.js';
import { updateEmployeePassport } from '../../domain/establishments/update-employee-passport.js';
import type { StaffSignInDeps } from '../../http/api-handler.js';
import { documentView } from '../../http/document-representation.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { establishmentStaffOf } from '../../http/identity.js';
import { bodyLimit, contractBody, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { establishmentContacts } from '../../runtime/establishments.js';
import { documentRegister, residentClaims } from '../../runtime/residents.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.UpdateEmployeePassport;

/** The passport update service, used by the establishment for its worker. */
export const createHandler = (deps: EmployeeChangeDeps & StaffSignInDeps) =>
  apiFunction(
    async (event) => {
      const staff = establishmentStaffOf(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const { document, replayed } = await updateEmployeePassport(
        deps,
        staff,
        event.pathParameters?.iqamaNumber ?? '',
        contractBody(contract, event),
        idempotencyKey,
      );
      return success(contract, documentView(document, deps.clock()), replayHeaders(replayed));
    },
    { body: bodyLimit(contract), staffSignIns: deps.staffSignIns },
  );

export const handler = createHandler({
  register: documentRegister(),
  claims: residentClaims(),
  clock,
  staffSignIns: establishmentContacts(),
});
