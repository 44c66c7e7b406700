import { type EmployeeUploadDeps, requestEmployeeUpload } from '../../domain/establishments/request-employee-upload.js';
import { callersPath, localeOf } from '../../http/api-event.js';
import type { StaffSignInDeps } from '../../http/api-handler.js';
import { newAttachmentView } from '../../http/attachment-representation.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { establishmentStaffOf } from '../../http/identity.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { bodyLimit, contractBody, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { uploadForms } from '../../runtime/attachment-uploads.js';
import { attachmentRepository } from '../../runtime/attachments.js';
import { clock } from '../../runtime/clock.js';
import { establishmentContacts } from '../../runtime/establishments.js';
import { inquiryClaims, inquiryRepository } from '../../runtime/inquiries.js';
import { documentRegister } from '../../runtime/residents.js';
import { employeeInquiryPath } from './employee-inquiry-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.RequestEmployeeUpload;

/** A place for a document on an inquiry the establishment filed, with the form to upload it with. */
export const createHandler = (deps: EmployeeUploadDeps & StaffSignInDeps) =>
  apiFunction(
    async (event) => {
      const staff = establishmentStaffOf(event);
      const reference = referenceFrom(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const { attachment, upload, replayed } = await requestEmployeeUpload(
        deps,
        staff,
        reference,
        contractBody(contract, event),
        idempotencyKey,
      );
      return success(contract, newAttachmentView(attachment, upload, localeOf(event)), {
        location: callersPath(event, `${employeeInquiryPath(reference)}/attachments/${attachment.attachmentId}`),
        ...replayHeaders(replayed),
      });
    },
    { body: bodyLimit(contract), staffSignIns: deps.staffSignIns },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  attachments: attachmentRepository(),
  claims: inquiryClaims(),
  forms: uploadForms(),
  clock,
  register: documentRegister(),
  staffSignIns: establishmentContacts(),
});
