import type { AttachmentRecords } from '../attachments/attachment-records.js';
import type { UploadForms } from '../attachments/ports.js';
import { type RequestedUpload, requestUpload, type UploadRequest } from '../attachments/request-upload.js';
import type { Reference } from '../inquiries/reference.js';
import type { IdempotencyClaims } from '../shared/idempotency.js';
import { type EmployeeInquiriesDeps, employeeInquiry } from './employee-inquiries.js';
import type { EstablishmentStaff } from './establishment-staff.js';

export type EmployeeUploadDeps = EmployeeInquiriesDeps &
  AttachmentRecords & { forms: UploadForms; claims: IdempotencyClaims; newId?: () => string };

/**
 * A document the establishment attaches to an inquiry it filed for an employee (the one a reviewer
 * asked for, say): the same limits, form and verification as the employee's own, and the employee
 * sees it among the inquiry's attachments.
 * @throws InquiryNotFound unless the establishment filed it and the person is still its employee
 */
export const requestEmployeeUpload = async (
  deps: EmployeeUploadDeps,
  staff: EstablishmentStaff,
  reference: Reference,
  request: UploadRequest,
  idempotencyKey?: string,
): Promise<RequestedUpload> => {
  const inquiry = await employeeInquiry(deps, staff, reference);
  return requestUpload(
    deps,
    { id: staff.id, iqamaNumber: inquiry.submittedBy.iqamaNumber },
    reference,
    request,
    idempotencyKey,
  );
};
