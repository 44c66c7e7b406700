import { type AttachmentDeps, openAttachment } from '../core/attachments.js';
import { AttachmentNotFound } from '../core/errors.js';
import { productionAttachments } from '../adapters/production-attachments.js';
import { json, localeOf } from '../http/api-event.js';
import { apiHandler } from '../http/api-handler.js';
import { callerOf } from '../http/identity.js';
import { referenceFrom } from '../http/path-parameters.js';
import { attachmentView } from './representation.js';

const ATTACHMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const createHandler = (deps: AttachmentDeps) =>
  apiHandler(async (event) => {
    const caller = callerOf(event);
    const reference = referenceFrom(event);
    const attachmentId = event.pathParameters?.attachmentId ?? '';
    if (!ATTACHMENT_ID.test(attachmentId)) throw new AttachmentNotFound('Not an attachment identifier');
    const { attachment, downloadUrl } = await openAttachment(deps, caller, reference, attachmentId);
    return json(200, { ...attachmentView(attachment, localeOf(event)), ...(downloadUrl && { downloadUrl }) });
  });

export const handler = createHandler(productionAttachments);
