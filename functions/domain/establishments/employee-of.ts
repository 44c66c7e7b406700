import { isIqamaNumber } from '../residents/resident.js';
import type { ResidentProfile } from '../residents/resident-profile.js';
import { EmployeeNotFound } from '../shared/errors.js';
import type { EmployeeDeps } from './employee-deps.js';
import type { EstablishmentStaff } from './establishment-staff.js';

/**
 * The employee's profile, when the register's current line for them names the staff member's
 * establishment. A former employee, another establishment's, a number no one holds or one that is
 * not an iqama number at all are refused alike, so that the answer tells nothing about the person.
 * @throws EmployeeNotFound in every one of those cases
 */
export const employeeOf = async (
  deps: EmployeeDeps,
  staff: EstablishmentStaff,
  iqamaNumber: string,
): Promise<ResidentProfile> => {
  const profile = isIqamaNumber(iqamaNumber) ? await deps.register.profile(iqamaNumber) : undefined;
  if (!profile || profile.establishmentId !== staff.establishmentId)
    throw new EmployeeNotFound('No employee of this establishment with this number');
  return profile;
};
