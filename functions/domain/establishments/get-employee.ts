import type { ResidentDocument } from '../residents/resident-document.js';
import type { EmployeeDeps } from './employee-deps.js';
import { employeeOf } from './employee-of.js';
import type { EstablishmentStaff } from './establishment-staff.js';

/**
 * One employee's own documents, soonest to expire first. Their dependents' documents are the
 * family's business, not the employer's: they are left out.
 * @throws EmployeeNotFound unless the register names the staff member's establishment as the employer
 */
export const getEmployee = async (
  deps: EmployeeDeps,
  staff: EstablishmentStaff,
  iqamaNumber: string,
): Promise<{ iqamaNumber: string; documents: ResidentDocument[] }> => {
  await employeeOf(deps, staff, iqamaNumber);
  const documents = await deps.register.documentsOf(iqamaNumber);
  return { iqamaNumber, documents: documents.filter((document) => document.holder.kind === 'RESIDENT') };
};
