import type { Transition } from '../review/transitions.js';
import type { IdempotencyClaim } from '../shared/idempotency.js';
import type { Section } from './categories.js';
import type { Inquiry, InquiryStatus } from './inquiry.js';
import type { InquiryOwner } from './inquiry-owner.js';
import type { Reference } from './reference.js';

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
  /** The inquiry when the resident owns it (see isOwnedBy). */
  findForResident(owner: InquiryOwner, reference: Reference): Promise<Inquiry | undefined>;
  /** Any inquiry by its reference; the caller decides who may see it (see mayRead). */
  findByReference(reference: Reference): Promise<Inquiry | undefined>;
  /**
   * The resident's own inquiries and those filed for them, newest first.
   * @throws ValidationFailed when the cursor is not one this resident was given
   */
  listForResident(owner: InquiryOwner, page: { limit: number; cursor?: string }): Promise<InquiryPage>;
  /**
   * The inquiries an establishment filed, newest first, whoever of its staff filed them; the caller
   * leaves out those of people who are no longer its employees. @throws ValidationFailed on a bad cursor
   */
  listForEstablishment(establishmentId: string, page: { limit: number; cursor?: string }): Promise<InquiryPage>;
  /**
   * A section's open inquiries, the soonest due first, optionally of one status (filtered after
   * the page is read, so a page may hold fewer than `limit`) and only those due by `dueBy` (an
   * instant as `expectedResponseBy` writes it; the queue is read no further). @throws ValidationFailed on a bad cursor
   */
  listReviewQueue(
    section: Section,
    page: { status?: InquiryStatus; dueBy?: string; limit: number; cursor?: string },
  ): Promise<InquiryPage>;
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
  /**
   * Notes that whoever must answer the inquiry's request for information opened it, if it still
   * waits for that answer and was not opened since the request was made. Outside the transitions:
   * it changes no revision, so a decision made meanwhile is never refused for it.
   */
  markReplyRequestSeen(reference: Reference, at: string): Promise<void>;
}
