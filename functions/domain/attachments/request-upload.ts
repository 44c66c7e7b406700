import { randomUUID } from 'node:crypto';
import type { InquiryOwner } from '../inquiries/inquiry-owner.js';
import type { Reference } from '../inquiries/reference.js';
import { AttachmentTooLarge } from '../shared/errors.js';
import { type IdempotencyClaims, idempotent } from '../shared/idempotency.js';
import {
  ATTACHMENT_LIMITS,
  type Attachment,
  type AttachmentType,
  attachmentObjectKey,
  sanitizeFileName,
} from './attachment.js';
import type { AttachmentRecords } from './attachment-records.js';
import type { UploadForm, UploadForms } from './ports.js';

export interface UploadRequest {
  fileName: string;
  contentType: AttachmentType;
  size: number;
}

export interface RequestedUpload {
  attachment: Attachment;
  /** Absent on a replay once the attachment is no longer waiting for its file. */
  upload?: UploadForm;
  replayed: boolean;
}

/**
 * Reserves a place for a file on the uploader's inquiry and issues the form to upload it with: the
 * resident's own, or one an establishment filed for its employee (whose staff member uploads it as
 * the owner `{id: staff member, iqamaNumber: employee}`, their keys their own).
 * A replay answers with the same attachment and a form signed afresh, expiring when the first did.
 */
export const requestUpload = async (
  deps: AttachmentRecords & { forms: UploadForms; claims: IdempotencyClaims; newId?: () => string },
  uploader: InquiryOwner,
  reference: Reference,
  request: UploadRequest,
  idempotencyKey?: string,
): Promise<RequestedUpload> => {
  if (request.size > ATTACHMENT_LIMITS.maxBytes)
    throw new AttachmentTooLarge(`Declared size ${request.size} is over the limit`);
  const now = deps.clock();
  const keyed = {
    key: idempotencyKey,
    owner: uploader.id,
    operation: 'RequestUpload' as const,
    request: [reference, request],
    now,
  };
  const { result: attachment, replayed } = await idempotent(deps.claims, keyed, {
    apply: async (claim) => {
      const attachment: Attachment = {
        inquiryReference: reference,
        attachmentId: (deps.newId ?? randomUUID)(),
        fileName: sanitizeFileName(request.fileName),
        contentType: request.contentType,
        size: request.size,
        status: 'PENDING',
        createdAt: now.toISOString(),
        uploadExpiresAt: new Date(now.getTime() + ATTACHMENT_LIMITS.uploadSeconds * 1000).toISOString(),
      };
      await deps.attachments.addPending(uploader, attachment, now, claim?.(attachment.attachmentId));
      return attachment;
    },
    replay: async (attachmentId) => {
      const attachment = await deps.attachments.find(reference, attachmentId);
      // Attachment records are never deleted, so a claim's is always there: its absence is a broken store, not a 404.
      if (!attachment) throw new Error('Idempotency claim points at a missing attachment');
      return attachment;
    },
  });
  const secondsLeft = Math.floor((Date.parse(attachment.uploadExpiresAt) - now.getTime()) / 1000);
  if (attachment.status !== 'PENDING' || secondsLeft <= 0) return { attachment, replayed };
  const upload = await deps.forms.uploadForm(
    attachmentObjectKey(reference, attachment.attachmentId),
    attachment.contentType,
    attachment.size,
    secondsLeft,
  );
  return { attachment, upload, replayed };
};
