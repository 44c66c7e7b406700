import type { Caller } from '../inquiries/caller.js';
import type { Reference } from '../inquiries/reference.js';
import { AttachmentNotFound } from '../shared/errors.js';
import { ATTACHMENT_LIMITS, type Attachment, attachmentObjectKey, type ScanStatus } from './attachment.js';
import { type AttachmentRecords, readableInquiry } from './attachment-records.js';
import type { DownloadLinks, MalwareScans } from './ports.js';

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
  const scan =
    deps.scans && (await deps.scans.statusOf(attachmentObjectKey(reference, attachmentId), attachment.object?.version));
  if (scan && scan !== 'NO_THREATS_FOUND') return { attachment, scan };
  const downloadUrl = await deps.links.downloadUrl(attachmentObjectKey(reference, attachmentId), {
    version: attachment.object?.version,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    expiresInSeconds: ATTACHMENT_LIMITS.downloadSeconds,
  });
  return { attachment, downloadUrl, ...(scan && { scan }) };
};
