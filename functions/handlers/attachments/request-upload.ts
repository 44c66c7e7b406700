import { requestUpload } from '../../domain/attachments/request-upload.js';
import { callersPath, localeOf } from '../../http/api-event.js';
import type { SignInDeps } from '../../http/api-handler.js';
import { newAttachmentView } from '../../http/attachment-representation.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { residentOf } from '../../http/identity.js';
import { inquiryPath } from '../../http/inquiry-representation.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { bodyLimit, contractBody, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { uploadForms } from '../../runtime/attachment-uploads.js';
import { attachmentRepository } from '../../runtime/attachments.js';
import { clock } from '../../runtime/clock.js';
import { inquiryClaims, inquiryRepository } from '../../runtime/inquiries.js';
import { documentRegister } from '../../runtime/residents.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.RequestUpload;

export const createHandler = (deps: Parameters<typeof requestUpload>[0] & SignInDeps) =>
  apiFunction(
    async (event) => {
      const resident = residentOf(event);
      const reference = referenceFrom(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const request = contractBody(contract, event);
      const { attachment, upload, replayed } = await requestUpload(deps, resident, reference, request, idempotencyKey);
      return success(contract, newAttachmentView(attachment, upload, localeOf(event)), {
        location: callersPath(event, `${inquiryPath(reference)}/attachments/${attachment.attachmentId}`),
        ...replayHeaders(replayed),
      });
    },
    { body: bodyLimit(contract), signIns: deps.signIns },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  attachments: attachmentRepository(),
  claims: inquiryClaims(),
  forms: uploadForms(),
  clock,
  signIns: documentRegister(),
});
