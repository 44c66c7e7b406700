import * as v from 'valibot';
import { ATTACHMENT_ID, ATTACHMENT_LIMITS } from '../../domain/attachments/attachment.js';
import { text } from '../../http/validation.js';

/** Attachment ids a reply or an appeal points to: this inquiry's own, at most as many as it can hold. */
export const attachmentIds = v.optional(
  v.pipe(v.array(v.pipe(v.string(), v.regex(ATTACHMENT_ID, 'invalid'))), v.maxLength(ATTACHMENT_LIMITS.perInquiry)),
);

export const MESSAGE_LIMITS = { min: 1, max: 4000 } as const;
export const messageText = text(MESSAGE_LIMITS);
