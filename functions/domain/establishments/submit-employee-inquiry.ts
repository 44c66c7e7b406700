import type { FiledForEmployee } from '../inquiries/inquiry.js';
import { employeeOwnerId } from '../inquiries/inquiry-owner.js';
import type { CreatedInquiry } from '../inquiries/ports.js';
import { fileInquiry, type InquiryRequest, type SubmitInquiryDeps } from '../inquiries/submit-inquiry.js';
import { reminderContactOf } from '../residents/resident-profile.js';
import { ValidationFailed } from '../shared/errors.js';
import { required } from '../shared/required.js';
import type { BulkLineOptions } from './bulk-line.js';
import type { EmployeeDeps } from './employee-deps.js';
import { employeeOf } from './employee-of.js';
import type { EstablishmentStaff } from './establishment-staff.js';

export type EmployeeInquiryDeps = SubmitInquiryDeps & Pick<EmployeeDeps, 'register'>;

/**
 * An inquiry an establishment files for one of its employees: the same review as the employee's own,
 * in the employee's list and name. Its SMS go where the employee is reached (their last sign-in, or
 * the register), or to the staff member when the employee has no phone on record, and a copy to the
 * staff member who filed it (not for a bulk file's lines, which would text them once per line).
 * @throws EmployeeNotFound unless the register names the staff member's establishment as the employer
 */
export const submitEmployeeInquiry = async (
  deps: EmployeeInquiryDeps,
  staff: EstablishmentStaff,
  request: InquiryRequest & { iqamaNumber: string },
  idempotencyKey?: string,
  options: BulkLineOptions = {},
): Promise<CreatedInquiry & { inquiry: FiledForEmployee }> => {
  const profile = await employeeOf(deps, staff, request.iqamaNumber);
  const employee = reminderContactOf(profile);
  const staffContact = staff.phone ? { phone: staff.phone, locale: staff.locale } : undefined;
  const contact = employee.phone ? { phone: employee.phone, locale: employee.locale } : staffContact;
  // A review nobody can hear from is no service: the staff member signs in with a phone to file it.
  if (!contact) throw new ValidationFailed([{ pointer: '/iqamaNumber', code: 'no_phone_on_record' }]);
  const created = await fileInquiry(
    deps,
    {
      ...(options.inBulk
        ? { caller: staff.establishmentId, operation: 'SubmitEmployeeInquiryInBulk' }
        : { caller: staff.id, operation: 'SubmitEmployeeInquiry' }),
      ownerId: employeeOwnerId(profile.iqamaNumber),
      contact,
      actor: 'establishment',
      submittedBy: {
        establishmentId: staff.establishmentId,
        iqamaNumber: profile.iqamaNumber,
        staffId: staff.id,
        ...(staffContact && staffContact.phone !== contact.phone && !options.inBulk && { staffContact }),
      },
    },
    { category: request.category, description: request.description },
    idempotencyKey,
  );
  return {
    ...created,
    inquiry: { ...created.inquiry, submittedBy: required(created.inquiry.submittedBy, 'The filing establishment') },
  };
};
