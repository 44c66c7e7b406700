import { randomUUID } from 'node:crypto';
import { type Attachment, ATTACHMENT_LIMITS, type AttachmentType, attachmentKey, judgeUpload, parseAttachmentKey, sanitizeFileName } from './attachment.js';
import { type Caller, mayRead } from '../inquiries/caller.js';
import { AttachmentNotFound, AttachmentTooLarge, InquiryNotFound } from '../shared/errors.js';
import { type IdempotencyClaims, idempotent } from '../shared/idempotency.js';
import type { Inquiry } from '../inquiries/inquiry.js';
import type { AttachmentRepository, Clock, ContentSniffer, DownloadLinks, InquiryRepository, MalwareScans, ScanStatus, StoredFiles, StoredObject, UploadForm, UploadForms } from '../inquiries/ports.js';
import type { Reference } from '../inquiries/reference.js';
import type { Resident } from '../residents/resident.js';

export interface AttachmentRecords {
  inquiries: InquiryRepository;
  attachments: AttachmentRepository;
  clock: Clock;
}

export interface UploadRequest {
  fileName: string;
  contentType: AttachmentType;
  size: number;
}

/** Enough leading bytes for every signature the sniffer knows. */
const SNIFF_BYTES = 4100;

export interface RequestedUpload {
  attachment: Attachment;
  /** Absent on a replay once the attachment is no longer waiting for its file. */
  upload?: UploadForm;
  replayed: boolean;
}

/**
 * Reserves a place for a file on the resident's own inquiry and issues the form to upload it with.
 * A replay answers with the same attachment and a form signed afresh, expiring when the first did.
 */
export const requestUpload = async (
  deps: AttachmentRecords & { forms: UploadForms; claims: IdempotencyClaims; newId?: () => string },
  resident: Resident,
  reference: Reference,
  request: UploadRequest,
  idempotencyKey?: string,
): Promise<RequestedUpload> => {
  if (request.size > ATTACHMENT_LIMITS.maxBytes) throw new AttachmentTooLarge(`Declared size ${request.size} is over the limit`);
  const now = deps.clock();
  const keyed = { key: idempotencyKey, owner: resident.id, operation: 'RequestUpload' as const, request: [reference, request], now };
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
      await deps.attachments.addPending(resident.id, attachment, now, claim?.(attachment.attachmentId));
      return attachment;
    },
    replay: async (attachmentId) => {
      const attachment = await deps.attachments.find(reference, attachmentId);
      if (!attachment) throw new AttachmentNotFound('Idempotency claim points at a missing attachment');
      return attachment;
    },
  });
  const secondsLeft = Math.floor((Date.parse(attachment.uploadExpiresAt) - now.getTime()) / 1000);
  if (attachment.status !== 'PENDING' || secondsLeft <= 0) return { attachment, replayed };
  const upload = await deps.forms.uploadForm(attachmentKey(reference, attachment.attachmentId), attachment.contentType, attachment.size, secondsLeft);
  return { attachment, upload, replayed };
};

const readableInquiry = async (deps: Pick<AttachmentRecords, 'inquiries'>, caller: Caller, reference: Reference): Promise<Inquiry> => {
  const inquiry = await deps.inquiries.findByReference(reference);
  if (!inquiry || !mayRead(caller, inquiry)) throw new InquiryNotFound('No such inquiry for this caller');
  return inquiry;
};

export const listAttachments = async (deps: Omit<AttachmentRecords, 'clock'>, caller: Caller, reference: Reference) => {
  await readableInquiry(deps, caller, reference);
  return deps.attachments.list(reference);
};

/**
 * One attachment, with a short-lived download link when — and only when — it was verified and,
 * where malware scanning is on (`scans`), GuardDuty found it clean.
 */
export const openAttachment = async (
  deps: Omit<AttachmentRecords, 'clock'> & { links: DownloadLinks; scans?: MalwareScans },
  caller: Caller,
  reference: Reference,
  attachmentId: string,
): Promise<{ attachment: Attachment; scan?: ScanStatus; downloadUrl?: string }> => {
  await readableInquiry(deps, caller, reference);
  const attachment = await deps.attachments.find(reference, attachmentId);
  if (!attachment) throw new AttachmentNotFound('No such attachment on this inquiry');
  if (attachment.status !== 'VERIFIED') return { attachment };
  const scan = deps.scans && (await deps.scans.statusOf(attachmentKey(reference, attachmentId), attachment.object?.version));
  if (scan && scan !== 'NO_THREATS_FOUND') return { attachment, scan };
  const downloadUrl = await deps.links.downloadUrl(attachmentKey(reference, attachmentId), {
    version: attachment.object?.version,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    expiresInSeconds: ATTACHMENT_LIMITS.downloadSeconds,
  });
  return { attachment, downloadUrl, ...(scan && { scan }) };
};

export type VerificationOutcome = 'VERIFIED' | 'REJECTED' | 'UNKNOWN_OBJECT_REMOVED' | 'LATE_UPLOAD_REMOVED' | 'ALREADY_DECIDED' | 'OBJECT_GONE';

/**
 * Judges one stored upload. Nothing unverified is ever served: an object that matches no pending
 * attachment is deleted, a rejected one is deleted, and an upload that arrives after the verdict
 * is deleted too — only the verified version is kept.
 */
export const verifyUpload = async (
  deps: Pick<AttachmentRecords, 'attachments' | 'clock'> & { files: StoredFiles; sniff: ContentSniffer },
  key: string,
  object: StoredObject,
): Promise<VerificationOutcome> => {
  const target = parseAttachmentKey(key);
  const attachment = target && (await deps.attachments.find(target.reference, target.attachmentId));
  if (!attachment) {
    await deps.files.remove(key, object.version);
    return 'UNKNOWN_OBJECT_REMOVED';
  }
  if (attachment.status !== 'PENDING') {
    const same = attachment.object?.etag === object.etag && attachment.object?.version === object.version;
    if (same && attachment.status === 'VERIFIED') return 'ALREADY_DECIDED';
    // A rejected upload seen again (its delete may have failed), or anything uploaded after the verdict.
    await deps.files.remove(key, object.version);
    return same ? 'ALREADY_DECIDED' : 'LATE_UPLOAD_REMOVED';
  }
  const inspected = await deps.files.inspect(key, object.version, SNIFF_BYTES);
  if (!inspected) return 'OBJECT_GONE';
  const verdict = judgeUpload(attachment, { size: inspected.size, sniffedType: await deps.sniff(inspected.head) });
  const at = deps.clock().toISOString();
  if (verdict.status === 'VERIFIED') {
    // Tag first: if recording the verdict fails, the retried event finds the attachment still pending.
    await deps.files.markVerified(key, object.version);
    const recorded = await deps.attachments.decide(attachment, { status: 'VERIFIED', object }, {
      at,
      actor: 'system',
      event: 'ATTACHMENT_VERIFIED',
      attachmentId: attachment.attachmentId,
    });
    if (recorded) return 'VERIFIED';
    // Two uploads raced to the same key and the other one's verdict landed first: only that one stays.
    const settled = await deps.attachments.find(target.reference, target.attachmentId);
    const ours = settled?.object?.etag === object.etag && settled?.object?.version === object.version;
    if (ours) return 'ALREADY_DECIDED';
    await deps.files.remove(key, object.version);
    return 'LATE_UPLOAD_REMOVED';
  }
  // Record first, then delete: a retried event then finds the verdict and only finishes the delete.
  const recorded = await deps.attachments.decide(attachment, { ...verdict, object }, {
    at,
    actor: 'system',
    event: 'ATTACHMENT_REJECTED',
    attachmentId: attachment.attachmentId,
    note: verdict.reason,
  });
  await deps.files.remove(key, object.version);
  return recorded ? 'REJECTED' : 'ALREADY_DECIDED';
};
