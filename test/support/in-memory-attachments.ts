import type { Attachment } from '../../functions/domain/attachments/attachment.js';
import { ATTACHMENT_LIMITS, holdsAPlace } from '../../functions/domain/attachments/attachment.js';
import type {
  AttachmentRepository,
  DownloadLinks,
  StoredFiles,
  UploadDecision,
  UploadForms,
} from '../../functions/domain/attachments/ports.js';
import type { TimelineEntry } from '../../functions/domain/inquiries/inquiry.js';
import { type InquiryOwner, isOwnedBy } from '../../functions/domain/inquiries/inquiry-owner.js';
import type { Reference } from '../../functions/domain/inquiries/reference.js';
import { AttachmentLimitReached, InquiryNotFound } from '../../functions/domain/shared/errors.js';
import type { IdempotencyClaim } from '../../functions/domain/shared/idempotency.js';
import type { InMemoryInquiryRepository } from './in-memory-inquiry-repository.js';

/** The attachment port's semantics over the in-memory inquiries, for use-case tests. */
export class InMemoryAttachmentRepository implements AttachmentRepository {
  readonly attachments = new Map<string, Attachment>();

  constructor(private readonly inquiries: InMemoryInquiryRepository) {}

  async addPending(owner: InquiryOwner, attachment: Attachment, now: Date, claim?: IdempotencyClaim) {
    const inquiry = this.inquiries.inquiries.get(attachment.inquiryReference);
    if (!inquiry || !isOwnedBy(inquiry, owner)) throw new InquiryNotFound('not yours');
    const places = [...this.attachments.values()].filter(
      (a) => a.inquiryReference === attachment.inquiryReference && holdsAPlace(a, now),
    ).length;
    if (places >= ATTACHMENT_LIMITS.perInquiry) throw new AttachmentLimitReached('full');
    this.inquiries.claims.check(claim);
    this.attachments.set(attachment.attachmentId, structuredClone(attachment));
    this.inquiries.claims.keep(claim);
  }

  async list(reference: Reference) {
    return [...this.attachments.values()].filter((a) => a.inquiryReference === reference);
  }

  async find(reference: Reference, attachmentId: string) {
    const found = this.attachments.get(attachmentId);
    return found?.inquiryReference === reference ? structuredClone(found) : undefined;
  }

  async decide(attachment: Attachment, decision: UploadDecision, entry: TimelineEntry) {
    const stored = this.attachments.get(attachment.attachmentId)!;
    if (stored.status !== 'PENDING') return false;
    Object.assign(stored, {
      status: decision.status,
      object: decision.object,
      decidedAt: entry.at,
      ...(decision.status === 'REJECTED' && { reason: decision.reason }),
    });
    this.inquiries.inquiries.get(attachment.inquiryReference)!.timeline.push(entry);
    return true;
  }
}

/** A store that keeps objects in memory and records every call, in order. */
export class RecordingStore implements UploadForms, DownloadLinks, StoredFiles {
  readonly objects = new Map<string, Buffer>();
  readonly calls: string[] = [];

  async uploadForm(key: string, contentType: string, size: number) {
    this.calls.push(`form ${key}`);
    return {
      url: 'https://s3.example/bucket',
      fields: { key, 'Content-Type': contentType, size: String(size) },
      expiresAt: '2026-11-22T06:10:00.000Z',
    };
  }

  async downloadUrl(key: string, options: { version?: string }) {
    this.calls.push(`download ${key}`);
    return `https://s3.example/bucket/${key}?versionId=${options.version ?? ''}&signed`;
  }

  async inspect(key: string, _version: string | undefined, leadingBytes: number) {
    this.calls.push(`inspect ${key}`);
    const object = this.objects.get(key);
    return object && { size: object.length, head: new Uint8Array(object.subarray(0, leadingBytes)) };
  }

  async remove(key: string) {
    this.calls.push(`remove ${key}`);
    this.objects.delete(key);
  }

  async markVerified(key: string) {
    this.calls.push(`tag ${key}`);
  }
}
