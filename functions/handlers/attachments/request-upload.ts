import * as v from 'valibot';
import { ATTACHMENT_TYPES } from '../../domain/attachments/attachment.js';
import { requestUpload } from '../../domain/attachments/request-upload.js';
import { json, localeOf } from '../../http/api-event.js';
import type { SignInDeps } from '../../http/api-handler.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { residentOf } from '../../http/identity.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { parseInput, text } from '../../http/validation.js';
import { apiFunction } from '../../runtime/api-function.js';
import { uploadForms } from '../../runtime/attachment-uploads.js';
import { attachmentRepository } from '../../runtime/attachments.js';
import { clock } from '../../runtime/clock.js';
import { inquiryClaims, inquiryRepository } from '../../runtime/inquiries.js';
import { documentRegister } from '../../runtime/residents.js';
import { attachmentView } from './attachment-representation.js';

const UploadRequestBody = v.strictObject({
  fileName: text({ min: 1, max: 255 }),
  contentType: v.picklist(ATTACHMENT_TYPES),
  // Sizes over the limit pass here on purpose: they are answered with 413, as the contract asks.
  size: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
});

export const createHandler = (deps: Parameters<typeof requestUpload>[0] & SignInDeps) =>
  apiFunction(
    async (event) => {
      const resident = residentOf(event);
      const reference = referenceFrom(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const request = parseInput(UploadRequestBody, event.jsonBody);
      const { attachment, upload, replayed } = await requestUpload(deps, resident, reference, request, idempotencyKey);
      return json(
        201,
        { ...attachmentView(attachment, localeOf(event)), ...(upload && { upload }) },
        {
          location: `/v1/inquiries/${reference}/attachments/${attachment.attachmentId}`,
          ...replayHeaders(replayed),
        },
      );
    },
    { body: { maxBytes: 4 * 1024 }, signIns: deps.signIns },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  attachments: attachmentRepository(),
  claims: inquiryClaims(),
  forms: uploadForms(),
  clock,
  signIns: documentRegister(),
});
