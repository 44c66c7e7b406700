import { judgeUpload, parseAttachmentObjectKey } from './attachment.js';
import type { AttachmentRecords } from './attachment-records.js';
import type { ContentSniffer, StoredFiles, StoredObject } from './ports.js';

/** Enough leading bytes for every signature the sniffer knows. */
const SNIFF_BYTES = 4100;

export type VerificationOutcome =
  | 'VERIFIED'
  | 'REJECTED'
  | 'UNKNOWN_OBJECT_REMOVED'
  | 'LATE_UPLOAD_REMOVED'
  | 'ALREADY_DECIDED'
  | 'OBJECT_GONE';

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
  const target = parseAttachmentObjectKey(key);
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
    const recorded = await deps.attachments.decide(
      attachment,
      { status: 'VERIFIED', object },
      {
        at,
        actor: 'system',
        event: 'ATTACHMENT_VERIFIED',
        attachmentId: attachment.attachmentId,
      },
    );
    if (recorded) return 'VERIFIED';
    // Two uploads raced to the same key and the other one's verdict landed first: only that one stays.
    const settled = await deps.attachments.find(target.reference, target.attachmentId);
    const ours = settled?.object?.etag === object.etag && settled?.object?.version === object.version;
    if (ours) return 'ALREADY_DECIDED';
    await deps.files.remove(key, object.version);
    return 'LATE_UPLOAD_REMOVED';
  }
  // Record first, then delete: a retried event then finds the verdict and only finishes the delete.
  const recorded = await deps.attachments.decide(
    attachment,
    { ...verdict, object },
    {
      at,
      actor: 'system',
      event: 'ATTACHMENT_REJECTED',
      attachmentId: attachment.attachmentId,
      note: verdict.reason,
    },
  );
  await deps.files.remove(key, object.version);
  return recorded ? 'REJECTED' : 'ALREADY_DECIDED';
};
