import * as v from 'valibot';
import { ATTACHMENT_ID, ATTACHMENT_LIMITS } from '../domain/attachments/attachment.js';
import { text } from './validation.js';

const MESSAGE_LIMITS = { min: 1, max: 4000 } as const;

/** Follow-ups and reviewers' decisions carry text of a few thousand characters at most. */
export const TEXT_BODY_BYTES = 32 * 1024;

/** Attachment ids a reply or an appeal points to: this inquiry's own, at most as many as it can hold. */
export const attachmentIds = v.optional(
  v.pipe(
    v.array(v.pipe(v.string(), v.regex(ATTACHMENT_ID, 'invalid'))),
    v.maxLength(ATTACHMENT_LIMITS.perInquiry),
    v.description("Ids of this inquiry's own attachments, uploaded before."),
  ),
);

export const messageText = text(MESSAGE_LIMITS);

/** An answer to a request for information, by the resident or the establishment that filed the inquiry. */
export const ReplyBodySchema = v.strictObject({ message: messageText, attachmentIds });
