import { IdempotencyKeyReused, ReferenceTaken, ValidationFailed } from '../../functions/core/errors.js';
import type { Inquiry } from '../../functions/core/inquiry.js';
import type { CreatedInquiry, IdempotencyClaim, InquiryPage, InquiryRepository } from '../../functions/core/ports.js';
import type { Reference } from '../../functions/core/reference.js';

/** A repository with the port's semantics and no storage, for handler tests. */
export class InMemoryInquiryRepository implements InquiryRepository {
  readonly inquiries = new Map<Reference, Inquiry>();
  readonly claims = new Map<string, IdempotencyClaim & { reference: Reference }>();

  async create(inquiry: Inquiry, idempotency?: IdempotencyClaim): Promise<CreatedInquiry> {
    const claimKey = idempotency && `${inquiry.residentId}/${idempotency.key}`;
    const claim = claimKey ? this.claims.get(claimKey) : undefined;
    if (claim && idempotency) {
      if (claim.fingerprint !== idempotency.fingerprint) throw new IdempotencyKeyReused('different request');
      return { inquiry: this.inquiries.get(claim.reference)!, replayed: true };
    }
    if (this.inquiries.has(inquiry.reference)) throw new ReferenceTaken('taken');
    this.inquiries.set(inquiry.reference, structuredClone(inquiry));
    if (claimKey && idempotency) this.claims.set(claimKey, { ...idempotency, reference: inquiry.reference });
    return { inquiry, replayed: false };
  }

  async findForResident(residentId: string, reference: Reference) {
    const inquiry = this.inquiries.get(reference);
    return inquiry?.residentId === residentId ? structuredClone(inquiry) : undefined;
  }

  async listReviewQueue(section: string, page: { status?: string; limit: number; cursor?: string }): Promise<InquiryPage> {
    const open = ['SUBMITTED', 'UNDER_REVIEW', 'NEEDS_INFO', 'APPEALED'];
    const queue = [...this.inquiries.values()]
      .filter((i) => i.section === section && open.includes(i.status) && (!page.status || i.status === page.status))
      .sort((a, b) => a.expectedResponseBy.localeCompare(b.expectedResponseBy));
    const start = page.cursor === undefined ? 0 : Number(page.cursor);
    return { items: queue.slice(start, start + page.limit), nextCursor: start + page.limit < queue.length ? String(start + page.limit) : undefined };
  }

  async findByReference(reference: Reference) {
    const inquiry = this.inquiries.get(reference);
    return inquiry && structuredClone(inquiry);
  }

  async listForResident(residentId: string, page: { limit: number; cursor?: string }): Promise<InquiryPage> {
    const mine = [...this.inquiries.values()]
      .filter((inquiry) => inquiry.residentId === residentId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const start = page.cursor === undefined ? 0 : Number(page.cursor);
    if (!Number.isInteger(start) || start < 0) throw new ValidationFailed([{ pointer: '/query/cursor', code: 'invalid_cursor' }]);
    const items = mine.slice(start, start + page.limit);
    return { items, nextCursor: start + page.limit < mine.length ? String(start + page.limit) : undefined };
  }
}
