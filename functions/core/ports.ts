import type { Inquiry } from './inquiry.js';
import type { Reference } from './reference.js';

export interface IdempotencyClaim {
  key: string;
  /** A digest of the request the key was first used with. */
  fingerprint: string;
  expiresAt: Date;
}

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
   * Stores a new inquiry — with its idempotency claim, atomically — or returns the inquiry an
   * earlier use of the same key created.
   * @throws IdempotencyKeyReused when the key was used for a different request
   * @throws ReferenceTaken when the reference already exists
   */
  create(inquiry: Inquiry, idempotency?: IdempotencyClaim): Promise<CreatedInquiry>;
  findForResident(residentId: string, reference: Reference): Promise<Inquiry | undefined>;
  /** Newest first. @throws ValidationFailed when the cursor is not one this resident was given */
  listForResident(residentId: string, page: { limit: number; cursor?: string }): Promise<InquiryPage>;
}

export type Clock = () => Date;
