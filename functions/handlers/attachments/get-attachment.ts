import { openAttachment } from '../../domain/attachments/attachment-use-cases.js';
import { AttachmentNotFound } from '../../domain/shared/errors.js';
import { downloadLinks, malwareScans } from '../../runtime/attachment-downloads.js';
import { attachmentRepository } from '../../runtime/attachments.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { documentRegister } from '../../runtime/residents.js';
import { json, localeOf } from '../../http/api-event.js';
import { type SignInDeps, apiHandler } from '../../http/api-handler.js';
import { callerOf } from '../../http/identity.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { attachmentView } from './attachment-representation.js';

const ATTACHMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const createHandler = (deps: Parameters<typeof openAttachment>[0] & SignInDeps) =>
  apiHandler(async (event) => {
    const caller = callerOf(event);
    const reference = referenceFrom(event);
    const attachmentId = event.pathParameters?.attachmentId ?? '';
    if (!ATTACHMENT_ID.test(attachmentId)) throw new AttachmentNotFound('Not an attachment identifier');
    const { attachment, scan, downloadUrl } = await openAttachment(deps, caller, reference, attachmentId);
    return json(200, { ...attachmentView(attachment, localeOf(event)), ...(scan && { malwareScan: scan }), ...(downloadUrl && { downloadUrl }) });
  }, { signIns: deps.signIns });

export const handler = createHandler({
  inquiries: inquiryRepository(),
  attachments: attachmentRepository(),
  links: downloadLinks(),
  scans: malwareScans(),
  signIns: documentRegister(),
});
