import type { DocumentRegister } from '../residents/ports.js';
import type { Clock } from '../shared/clock.js';
import type { IdempotencyClaims } from '../shared/idempotency.js';
import type { EmployeeDirectory } from './ports.js';

/** What an establishment's reads of its employees need: the register decides who is an employee. */
export interface EmployeeDeps {
  register: DocumentRegister;
  clock: Clock;
}

export interface EmployeeListDeps extends EmployeeDeps {
  employees: EmployeeDirectory;
}

export interface EmployeeChangeDeps extends EmployeeDeps {
  claims: IdempotencyClaims;
}
