import type { Attachment, AttachmentType, RejectionReason } from '../attachments/attachment.js';
import type { Section } from './categories.js';
import type { IdempotencyClaim } from '../shared/idempotency.js';
import type { Inquiry, InquiryStatus, TimelineEntry } from './inquiry.js';
import type { Reference } from './reference.js';
import type { Transition } from '../review/transitions.js';
import type { WorkflowStep } from '../review/workflow-step.js';

export interface CreatedInquiry {
  inquiry: Inquiry;
  /** True when an earlier request with the same idempotency key already created it. */
  replayed: boolean;
}

export interface InquiryPage {
  items: Inquiry[];
  nextCursor?: string;
}

/** Storage of inquiries. Every read is scoped to one resident: there is no "get any inquiry". */
export interface InquiryRepository {
  /**
   * Stores a new inquiry, with its idempotency claim if given, atomically.
   * @throws IdempotencyClaimTaken when the claim's key is taken (nothing is stored)
   * @throws ReferenceTaken when the reference already exists
   */
  create(inquiry: Inquiry, claim?: IdempotencyClaim): Promise<void>;
  findForResident(residentId: string, reference: Reference): Promise<Inquiry | undefined>;
  /** Any inquiry by its reference; the caller decides who may see it (see mayRead). */
  findByReference(reference: Reference): Promise<Inquiry | undefined>;
  /** Newest first. @throws ValidationFailed when the cursor is not one this resident was given */
  listForResident(residentId: string, page: { limit: number; cursor?: string }): Promise<InquiryPage>;
  /**
   * A section's open inquiries, the soonest due first, optionally of one status (filtered after
   * the page is read, so a page may hold fewer than `limit`). @throws ValidationFailed on a bad cursor
   */
  listReviewQueue(section: Section, page: { status?: InquiryStatus; limit: number; cursor?: string }): Promise<InquiryPage>;
  /**
   * Stores a transition over the revision it was made from, with its idempotency claim if given,
   * atomically, and returns the task token the review workflow last waited with (the caller resumes
   * it). @throws ConcurrentChange when the inquiry changed meanwhile, IdempotencyClaimTaken
   */
  applyTransition(transition: Transition, claim?: IdempotencyClaim): Promise<{ taskToken?: string }>;
  /**
   * Keeps the token the workflow now waits with, if the inquiry still has `status`.
   * @returns false when it has moved on already (a decision came before the wait began)
   */
  recordTaskToken(reference: Reference, status: InquiryStatus, taskToken: string): Promise<boolean>;
}

/** The review workflow's executions, one per inquiry. */
export interface ReviewWorkflow {
  /** Starts the review of an inquiry; starting the same one again changes nothing. */
  start(reference: Reference): Promise<void>;
  /**
   * Gives the step that follows to the execution waiting with `taskToken`.
   * @returns 'expired' when that wait is already over (its timer fired, or it was resumed)
   */
  resume(taskToken: string, step: WorkflowStep): Promise<'resumed' | 'expired'>;
}

export type Clock = () => Date;

/** Which stored upload a verdict is about: the S3 version where the bucket keeps versions, and its ETag. */
export interface StoredObject {
  version?: string;
  etag: string;
}

export type UploadDecision = ({ status: 'VERIFIED' } | { status: 'REJECTED'; reason: RejectionReason }) & { object: StoredObject };

/** Attachments of inquiries, and the inquiry timeline entries their verification adds. */
export interface AttachmentRepository {
  /**
   * Stores a pending attachment if the resident owns the inquiry and it has a free place, with its
   * idempotency claim if given, atomically.
   * @throws InquiryNotFound, AttachmentLimitReached, ConcurrentChange, IdempotencyClaimTaken
   */
  addPending(residentId: string, attachment: Attachment, now: Date, claim?: IdempotencyClaim): Promise<void>;
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

/** Signs the forms residents upload files with. Keys come from attachmentKey(), never from user input. */
export interface UploadForms {
  uploadForm(key: string, contentType: AttachmentType, size: number, expiresInSeconds: number): Promise<UploadForm>;
}

/** Signs short-lived links to download one stored version. */
export interface DownloadLinks {
  downloadUrl(key: string, options: { version?: string; fileName: string; contentType: string; expiresInSeconds: number }): Promise<string>;
}

/** GuardDuty's verdict on a stored version, where malware scanning is switched on. */
export type ScanStatus = 'NO_THREATS_FOUND' | 'THREATS_FOUND' | 'UNSUPPORTED' | 'ACCESS_DENIED' | 'FAILED' | 'PENDING';

export interface MalwareScans {
  statusOf(key: string, version: string | undefined): Promise<ScanStatus>;
}

/** The stored files themselves, as the verifier sees them. */
export interface StoredFiles {
  /** Size and leading bytes of one stored version, or undefined when it is gone. */
  inspect(key: string, version: string | undefined, leadingBytes: number): Promise<{ size: number; head: Uint8Array } | undefined>;
  remove(key: string, version: string | undefined): Promise<void>;
  /** Marks a version as verified so that the lifecycle rule for unverified uploads spares it. */
  markVerified(key: string, version: string | undefined): Promise<void>;
}

/** Names the type of a file from its leading bytes. */
export type ContentSniffer = (head: Uint8Array) => Promise<string | undefined>;
