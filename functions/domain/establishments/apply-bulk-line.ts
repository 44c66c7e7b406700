import { createHash } from 'node:crypto';
import {
  DomainError,
  EmployeeNotFound,
  type FieldIssue,
  NewerPassportHeld,
  ValidationFailed,
} from '../shared/errors.js';
import type { BulkLineRecord } from './bulk-line.js';
import type { BulkLineResult } from './bulk-request.js';
import type { EmployeeChangeDeps } from './employee-deps.js';
import type { EstablishmentStaff } from './establishment-staff.js';
import { type EmployeeInquiryDeps, submitEmployeeInquiry } from './submit-employee-inquiry.js';
import { updateEmployeePassport } from './update-employee-passport.js';

export interface BulkLineDeps {
  inquiries: EmployeeInquiryDeps;
  passports: EmployeeChangeDeps;
}

/**
 * A line's idempotency key is its content: the same line uploaded again within the claims' 24
 * hours, in any file and by any of the establishment's staff, finds the first one's claim.
 */
export const lineKey = (record: BulkLineRecord): string => {
  const fields =
    record.kind === 'INQUIRIES'
      ? [record.kind, record.iqamaNumber, record.category, record.description]
      : [record.kind, record.iqamaNumber, record.passportNumber, record.issueDate, record.expiryDate];
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url');
};

/**
 * What a refused line says, field by field. Someone who is not the establishment's employee now is
 * refused with one code whatever the reason, as the single request's 404 is.
 */
const refusalOf = (error: DomainError): FieldIssue[] | undefined => {
  if (error instanceof ValidationFailed) return error.issues;
  if (error instanceof EmployeeNotFound) return [{ pointer: '/iqamaNumber', code: 'not_an_employee' }];
  if (error instanceof NewerPassportHeld) return [{ pointer: '/expiryDate', code: 'newer_passport_held' }];
  return undefined;
};

/**
 * Applies one line as the single request would be applied, with the line's own key.
 * @returns the line's result, or its refusal; anything else (a store failing) is thrown, for the
 * whole delivery to be retried
 */
export const applyBulkLine = async (
  deps: BulkLineDeps,
  staff: EstablishmentStaff,
  line: number,
  record: BulkLineRecord,
): Promise<{ result: BulkLineResult } | { issues: FieldIssue[] }> => {
  try {
    if (record.kind === 'INQUIRIES') {
      const { inquiry, replayed } = await submitEmployeeInquiry(
        deps.inquiries,
        staff,
        { iqamaNumber: record.iqamaNumber, category: record.category, description: record.description },
        lineKey(record),
        { inBulk: true },
      );
      return { result: { line, iqamaNumber: record.iqamaNumber, reference: inquiry.reference, repeated: replayed } };
    }
    const { replayed } = await updateEmployeePassport(
      deps.passports,
      staff,
      record.iqamaNumber,
      { passportNumber: record.passportNumber, issueDate: record.issueDate, expiryDate: record.expiryDate },
      lineKey(record),
      { inBulk: true },
    );
    return { result: { line, iqamaNumber: record.iqamaNumber, repeated: replayed } };
  } catch (error) {
    const issues = error instanceof DomainError ? refusalOf(error) : undefined;
    if (!issues) throw error;
    return { issues };
  }
};
