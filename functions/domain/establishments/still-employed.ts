import type { EmployeeDeps } from './employee-deps.js';
import type { EstablishmentStaff } from './establishment-staff.js';

/**
 * Which of these residents the register names as the staff member's establishment's employees now,
 * one profile read each: a list read from an index may lag a transfer, access must not.
 */
export const stillEmployed = async (
  deps: Pick<EmployeeDeps, 'register'>,
  staff: EstablishmentStaff,
  iqamaNumbers: readonly string[],
): Promise<ReadonlySet<string>> => {
  const holders = [...new Set(iqamaNumbers)];
  const employers = await Promise.all(
    holders.map(async (iqamaNumber) => (await deps.register.profile(iqamaNumber))?.establishmentId),
  );
  return new Set(holders.filter((_, index) => employers[index] === staff.establishmentId));
};
