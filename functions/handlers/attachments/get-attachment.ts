import { ATTACHMENT_ID } from '../../domain/attachments/attachment.js';
import { openAttachment } from '../../domain/attachments/open-attachment.js';
import { AttachmentNotFound } from '../../domain/shared/errors.js';
import { localeOf } from '../../http/api-event.js';
import type { SignInDeps } from '../../http/api-handler.js';
import { attachmentView } from '../../http/attachment-representation.js';
import { callerOf } from '../../http/identity.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { downloadLinks, malwareScans } from '../../runtime/attachment-downloads.js';
import { attachmentRepository } from '../../runtime/attachments.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { documentRegister } from '../../runtime/residents.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

export const createHandler = (deps: Parameters<typeof openAttachment>[0] & SignInDeps) =>
  apiFunction(
    async (event) => {
      const caller = callerOf(event);
      const reference = referenceFrom(event);
      const attachmentId = event.pathParameters?.attachmentId ?? '';
      if (!ATTACHMENT_ID.test(attachmentId)) throw new AttachmentNotFound('Not an attachment identifier');
      const { attachment, scan, downloadUrl } = await openAttachment(deps, caller, reference, attachmentId);
      return success(ROUTE_CONTRACTS.GetAttachment, {
        ...attachmentView(attachment, localeOf(event)),
        ...(scan && { malwareScan: scan }),
        ...(downloadUrl && { downloadUrl }),
      });
    },
    { signIns: deps.signIns },
  );

export const handler = createHandler({
  inquiries: inquiryRepository(),
  attachments: attachmentRepository(),
  links: downloadLinks(),
  scans: malwareScans(),
  signIns: documentRegister(),
});
