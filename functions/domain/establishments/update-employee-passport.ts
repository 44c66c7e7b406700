import type { PassportUpdate } from '../residents/passport-rules.js';
import type { ResidentDocument } from '../residents/resident-document.js';
import { recordPassport } from '../residents/update-passport.js';
import type { BulkLineOptions } from './bulk-line.js';
import type { EmployeeChangeDeps } from './employee-deps.js';
import { employeeOf } from './employee-of.js';
import type { EstablishmentStaff } from './establishment-staff.js';

/**
 * The passport update service used by the establishment for its worker: the very rules and codes of
 * the resident's own update. The employee sees it in their documents and their reminders follow it.
 * @throws EmployeeNotFound unless the register names the staff member's establishment as the employer
 * @throws ValidationFailed when the passport is refused
 */
export const updateEmployeePassport = async (
  deps: EmployeeChangeDeps,
  staff: EstablishmentStaff,
  iqamaNumber: string,
  update: PassportUpdate,
  idempotencyKey?: string,
  options: BulkLineOptions = {},
): Promise<{ document: ResidentDocument; replayed: boolean }> => {
  const profile = await employeeOf(deps, staff, iqamaNumber);
  return recordPassport(
    deps,
    {
      iqamaNumber,
      ...(options.inBulk
        ? { owner: staff.establishmentId, operation: 'UpdateEmployeePassportInBulk' }
        : { owner: staff.id, operation: 'UpdateEmployeePassport' }),
      source: 'ESTABLISHMENT',
      profile,
    },
    update,
    idempotencyKey,
  );
};
