import * as v from 'valibot';
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES } from '../../domain/attachments/attachment.js';
import type { RouteContracts } from '../../http/route-contract.js';
import { text } from '../../http/validation.js';
import { AttachmentSchema, NewAttachmentSchema, OpenedAttachmentSchema } from './attachment-representation.js';

export const ROUTE_CONTRACTS = {
  RequestUpload: {
    summary: 'Ask to attach a file',
    description: `Reserves a place for one file (PDF, JPEG or PNG, up to ${ATTACHMENT_LIMITS.maxBytes / (1024 * 1024)} MB, at most ${ATTACHMENT_LIMITS.perInquiry} per inquiry) and answers with a form to post it to storage within ${ATTACHMENT_LIMITS.uploadSeconds / 60} minutes. The file is then verified (its bytes against the declared type and size) and the attachment becomes VERIFIED or REJECTED.`,
    roles: ['resident'],
    body: {
      schema: v.strictObject({
        fileName: text({ min: 1, max: ATTACHMENT_LIMITS.fileNameCharacters }),
        contentType: v.picklist(ATTACHMENT_TYPES),
        // Sizes over the limit pass here on purpose: they are answered with 413, as the contract asks.
        size: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
      }),
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
