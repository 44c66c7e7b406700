import type { TimelineEntry } from '../inquiries/inquiry.js';
import type { InquiryOwner } from '../inquiries/inquiry-owner.js';
import type { Reference } from '../inquiries/reference.js';
import type { IdempotencyClaim } from '../shared/idempotency.js';
import type { Attachment, RejectionReason, ScanStatus } from './attachment.js';

/** Which stored upload a verdict is about: the S3 version where the bucket keeps versions, and its ETag. */
export interface StoredObject {
  version?: string;
  etag: string;
}

export type UploadDecision = ({ status: 'VERIFIED' } | { status: 'REJECTED'; reason: RejectionReason }) & {
  object: StoredObject;
};

/** Attachments of inquiries, and the inquiry timeline entries their verification adds. */
export interface AttachmentRepository {
  /**
   * Stores a pending attachment if the resident owns the inquiry and it has a free place, with its
   * idempotency claim if given, atomically.
   * @throws InquiryNotFound, AttachmentLimitReached, ConcurrentChange, IdempotencyClaimTaken
   */
  addPending(owner: InquiryOwner, attachment: Attachment, now: Date, claim?: IdempotencyClaim): Promise<void>;
  list(reference: Reference): Promise<Attachment[]>;
  find(reference: Reference, attachmentId: string): Promise<Attachment | undefined>;
  /**
   * Records the verdict on a pending attachment with its timeline entry, atomically.
   * @returns false when the attachment was no longer pending (a repeated event)
   */
  decide(attachment: Attachment, decision: UploadDecision, entry: TimelineEntry): Promise<boolean>;
}

export interface UploadForm {
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

/** Signs the forms files are uploaded with. Keys come from attachmentObjectKey() or bulkFileKey(), never from user input. */
export interface UploadForms {
  uploadForm(key: string, contentType: string, size: number, expiresInSeconds: number): Promise<UploadForm>;
}

/** Signs short-lived links to download one stored version. */
export interface DownloadLinks {
  downloadUrl(
    key: string,
    options: { version?: string; fileName: string; contentType: string; expiresInSeconds: number },
  ): Promise<string>;
}

/** Reads GuardDuty's verdict on a stored version. */
export interface MalwareScans {
  statusOf(key: string, version: string | undefined): Promise<ScanStatus>;
}

/** The stored files themselves, as the verifier sees them. */
export interface StoredFiles {
  /** Size and leading bytes of one stored version, or undefined when it is gone. */
  inspect(
    key: string,
    version: string | undefined,
    leadingBytes: number,
  ): Promise<{ size: number; head: Uint8Array } | undefined>;
  remove(key: string, version: string | undefined): Promise<void>;
  /** Marks a version as verified so that the lifecycle rule for unverified uploads spares it. */
  markVerified(key: string, version: string | undefined): Promise<void>;
}

/** Names the type of a file from its leading bytes. */
export type ContentSniffer = (head: Uint8Array) => Promise<string | undefined>;
