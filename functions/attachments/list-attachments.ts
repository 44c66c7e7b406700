import { type AttachmentDeps, listAttachments } from '../core/attachments.js';
import { productionAttachments } from '../adapters/production-attachments.js';
import { json, localeOf } from '../http/api-event.js';
import { apiHandler } from '../http/api-handler.js';
import { callerOf } from '../http/identity.js';
import { referenceFrom } from '../http/path-parameters.js';
import { attachmentView } from './representation.js';

export const createHandler = (deps: AttachmentDeps) =>
  apiHandler(async (event) => {
    const attachments = await listAttachments(deps, callerOf(event), referenceFrom(event));
    const locale = localeOf(event);
    return json(200, { items: attachments.map((attachment) => attachmentView(attachment, locale)) });
  });

export const handler = createHandler(productionAttachments);
