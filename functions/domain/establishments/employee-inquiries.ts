import type { FiledForEmployee } from '../inquiries/inquiry.js';
import type { InquiryRepository } from '../inquiries/ports.js';
import type { Reference } from '../inquiries/reference.js';
import { InquiryNotFound } from '../shared/errors.js';
import type { EmployeeDeps } from './employee-deps.js';
import type { EstablishmentStaff } from './establishment-staff.js';
import { stillEmployed } from './still-employed.js';

export interface EmployeeInquiriesDeps extends Pick<EmployeeDeps, 'register'> {
  inquiries: Pick<InquiryRepository, 'findByReference' | 'listForEstablishment'>;
}

/**
 * An inquiry the establishment filed, while the person it is for is still its employee. Inquiries
 * the employee filed themselves, another establishment's, and those of a former employee are not
 * found alike.
 * @throws InquiryNotFound in every one of those cases
 */
export const employeeInquiry = async (
  deps: EmployeeInquiriesDeps,
  staff: EstablishmentStaff,
  reference: Reference,
): Promise<FiledForEmployee> => {
  const inquiry = await deps.inquiries.findByReference(reference);
  const filedBy = inquiry?.submittedBy;
  if (!inquiry || !filedBy || filedBy.establishmentId !== staff.establishmentId)
    throw new InquiryNotFound('No inquiry this establishment filed for a current employee');
  const employed = await stillEmployed(deps, staff, [filedBy.iqamaNumber]);
  if (!employed.has(filedBy.iqamaNumber))
    throw new InquiryNotFound('No inquiry this establishment filed for a current employee');
  return { ...inquiry, submittedBy: filedBy };
};

/**
 * The inquiries the establishment filed, newest first, for those who are still its employees; a
 * page may hold fewer than `limit` when some were for former employees.
 * @throws ValidationFailed on a cursor not given for this list
 */
export const listEmployeeInquiries = async (
  deps: EmployeeInquiriesDeps,
  staff: EstablishmentStaff,
  page: { limit: number; cursor?: string },
): Promise<{ items: FiledForEmployee[]; nextCursor?: string }> => {
  const found = await deps.inquiries.listForEstablishment(staff.establishmentId, page);
  const employed = await stillEmployed(
    deps,
    staff,
    found.items.flatMap((inquiry) => (inquiry.submittedBy ? [inquiry.submittedBy.iqamaNumber] : [])),
  );
  return {
    items: found.items.filter(
      (inquiry): inquiry is FiledForEmployee =>
        inquiry.submittedBy !== undefined && employed.has(inquiry.submittedBy.iqamaNumber),
    ),
    ...(found.nextCursor && { nextCursor: found.nextCursor }),
  };
};
