import * as v from 'valibot';
import { ATTACHMENT_LIMITS } from '../../domain/attachments/attachment.js';
import {
  AttachmentSchema,
  NewAttachmentSchema,
  OpenedAttachmentSchema,
  UPLOAD_LIMITS_TEXT,
  UploadRequestBodySchema,
} from '../../http/attachment-representation.js';
import type { RouteContracts } from '../../http/route-contract.js';

export const ROUTE_CONTRACTS = {
  RequestUpload: {
    summary: 'Ask to attach a file',
    description: `Reserves a place for one file (${UPLOAD_LIMITS_TEXT}) and answers with a form to post it to storage within ${ATTACHMENT_LIMITS.uploadSeconds / 60} minutes. The file is then verified (its bytes against the declared type and size) and the attachment becomes VERIFIED or REJECTED.`,
    roles: ['resident'],
    body: {
      schema: UploadRequestBodySchema,
      maxBytes: 4 * 1024,
    },
    idempotent: true,
    success: {
      status: 201,
      description: 'The attachment, PENDING, with its upload form.',
      schema: NewAttachmentSchema,
      location: true,
    },
    problems: ['inquiry-not-found', 'attachment-limit-reached', 'attachment-too-large'],
  },
  ListAttachments: {
    summary: "List an inquiry's attachments",
    description: 'Every file attached to the inquiry, with its verification status.',
    roles: ['resident', 'reviewer'],
    success: {
      status: 200,
      description: 'The attachments.',
      schema: v.pipe(v.object({ items: v.array(AttachmentSchema) }), v.title('AttachmentList')),
    },
    problems: ['inquiry-not-found'],
  },
  GetAttachment: {
    summary: 'Open an attachment',
    description: `One attachment; a verified one found clean comes with a download link valid for ${ATTACHMENT_LIMITS.downloadSeconds / 60} minutes.`,
    roles: ['resident', 'reviewer'],
    success: { status: 200, description: 'The attachment.', schema: OpenedAttachmentSchema },
    problems: ['inquiry-not-found', 'attachment-not-found'],
  },
} as const satisfies RouteContracts;
