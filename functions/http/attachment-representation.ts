import * as v from 'valibot';
import {
  ATTACHMENT_LIMITS,
  ATTACHMENT_STATUSES,
  ATTACHMENT_TYPES,
  type Attachment,
  REJECTION_REASONS,
  SCAN_STATUSES,
} from '../domain/attachments/attachment.js';
import type { UploadForm } from '../domain/attachments/ports.js';
import type { TextLocale } from '../domain/shared/locale.js';
import { REJECTION_TEXTS } from './messages.js';
import { text } from './validation.js';

export const AttachmentSchema = v.pipe(
  v.object({
    attachmentId: v.pipe(v.string(), v.uuid()),
    fileName: v.string(),
    contentType: v.picklist(ATTACHMENT_TYPES),
    size: v.pipe(v.number(), v.integer(), v.description('Bytes, as declared when the upload was asked for.')),
    status: v.picklist(ATTACHMENT_STATUSES),
    createdAt: v.pipe(v.string(), v.isoTimestamp()),
    reason: v.optional(v.picklist(REJECTION_REASONS)),
    reasonDetail: v.optional(v.pipe(v.string(), v.description("Why the file was refused, in the caller's language."))),
  }),
  v.title('Attachment'),
);

export const attachmentView = (attachment: Attachment, locale: TextLocale): v.InferOutput<typeof AttachmentSchema> => ({
  attachmentId: attachment.attachmentId,
  fileName: attachment.fileName,
  contentType: attachment.contentType,
  size: attachment.size,
  status: attachment.status,
  createdAt: attachment.createdAt,
  ...(attachment.reason && { reason: attachment.reason, reasonDetail: REJECTION_TEXTS[attachment.reason][locale] }),
});

/** A new attachment with the form its file is posted with (absent when a replay finds the form expired). */
export const NewAttachmentSchema = v.pipe(
  v.object({
    ...AttachmentSchema.pipe[0].entries,
    upload: v.optional(
      v.object({
        url: v.pipe(v.string(), v.url()),
        fields: v.pipe(
          v.record(v.string(), v.string()),
          v.description('Form fields to post before the file, as given (S3 presigned POST).'),
        ),
        expiresAt: v.pipe(v.string(), v.isoTimestamp()),
      }),
    ),
  }),
  v.title('NewAttachment'),
);

/** A new attachment as answered, with its form unless a replay found the form expired. */
export const newAttachmentView = (
  attachment: Attachment,
  upload: UploadForm | undefined,
  locale: TextLocale,
): v.InferOutput<typeof NewAttachmentSchema> => ({ ...attachmentView(attachment, locale), ...(upload && { upload }) });

/** What asking for an upload takes, from the resident or from an establishment for its employee. */
export const UploadRequestBodySchema = v.strictObject({
  fileName: text({ min: 1, max: ATTACHMENT_LIMITS.fileNameCharacters }),
  contentType: v.picklist(ATTACHMENT_TYPES),
  // Sizes over the limit pass here on purpose: they are answered with 413, as the contract asks.
  size: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
});

/** The limits the upload routes' descriptions state. */
export const UPLOAD_LIMITS_TEXT = `PDF, JPEG or PNG, up to ${ATTACHMENT_LIMITS.maxBytes / (1024 * 1024)} MB, at most ${ATTACHMENT_LIMITS.perInquiry} per inquiry`;

/** An opened attachment: a short-lived download link only when it was verified and found clean. */
export const OpenedAttachmentSchema = v.pipe(
  v.object({
    ...AttachmentSchema.pipe[0].entries,
    malwareScan: v.optional(v.picklist(SCAN_STATUSES)),
    downloadUrl: v.optional(v.pipe(v.string(), v.url())),
  }),
  v.title('OpenedAttachment'),
);
