import { type Inquiry, type InquiryStatus, isOpen } from '../../functions/domain/inquiries/inquiry.js';
import { type InquiryOwner, isOwnedBy } from '../../functions/domain/inquiries/inquiry-owner.js';
import type { InquiryPage, InquiryRepository } from '../../functions/domain/inquiries/ports.js';
import type { Reference } from '../../functions/domain/inquiries/reference.js';
import type { Transition } from '../../functions/domain/review/transitions.js';
import { ConcurrentChange, ReferenceTaken, ValidationFailed } from '../../functions/domain/shared/errors.js';
import type { IdempotencyClaim } from '../../functions/domain/shared/idempotency.js';
import { InMemoryIdempotencyClaims } from './in-memory-idempotency-claims.js';

/** A repository with the port's semantics and no storage, for handler tests. */
export class InMemoryInquiryRepository implements InquiryRepository {
  readonly inquiries = new Map<Reference, Inquiry>();
  /** The claims kept in the same table, attachments' included. */
  readonly claims = new InMemoryIdempotencyClaims();
  readonly taskTokens = new Map<Reference, string>();

  async create(inquiry: Inquiry, claim?: IdempotencyClaim) {
    this.claims.check(claim);
    if (this.inquiries.has(inquiry.reference)) throw new ReferenceTaken('taken');
    this.inquiries.set(inquiry.reference, structuredClone(inquiry));
    this.claims.keep(claim);
  }

  async findForResident(owner: InquiryOwner, reference: Reference) {
    const inquiry = this.inquiries.get(reference);
    return inquiry && isOwnedBy(inquiry, owner) ? structuredClone(inquiry) : undefined;
  }

  async listReviewQueue(
    section: string,
    page: { status?: string; dueBy?: string; limit: number; cursor?: string },
  ): Promise<InquiryPage> {
    const queue = [...this.inquiries.values()]
      .filter(
        (i) =>
          i.section === section &&
          isOpen(i.status) &&
          (!page.status || i.status === page.status) &&
          (!page.dueBy || i.expectedResponseBy <= page.dueBy),
      )
      .sort((a, b) => a.expectedResponseBy.localeCompare(b.expectedResponseBy));
    const start = page.cursor === undefined ? 0 : Number(page.cursor);
    return {
      items: queue.slice(start, start + page.limit),
      nextCursor: start + page.limit < queue.length ? String(start + page.limit) : undefined,
    };
  }

  async findByReference(reference: Reference) {
    const inquiry = this.inquiries.get(reference);
    return inquiry && structuredClone(inquiry);
  }

  async listForResident(owner: InquiryOwner, page: { limit: number; cursor?: string }): Promise<InquiryPage> {
    return this.#newestFirst((inquiry) => isOwnedBy(inquiry, owner), page);
  }

  async listForEstablishment(establishmentId: string, page: { limit: number; cursor?: string }): Promise<InquiryPage> {
    return this.#newestFirst((inquiry) => inquiry.submittedBy?.establishmentId === establishmentId, page);
  }

  #newestFirst(belongs: (inquiry: Inquiry) => boolean, page: { limit: number; cursor?: string }): InquiryPage {
    const mine = [...this.inquiries.values()].filter(belongs).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const start = page.cursor === undefined ? 0 : Number(page.cursor);
    if (!Number.isInteger(start) || start < 0)
      throw new ValidationFailed([{ pointer: '/query/cursor', code: 'invalid_cursor' }]);
    const items = mine.slice(start, start + page.limit);
    return { items, nextCursor: start + page.limit < mine.length ? String(start + page.limit) : undefined };
  }

  async applyTransition(transition: Transition, claim?: IdempotencyClaim) {
    this.claims.check(claim);
    const stored = this.inquiries.get(transition.after.reference);
    if (!stored || stored.revision !== transition.before.revision) throw new ConcurrentChange('changed meanwhile');
    const { timeline: _ignored, replyRequestSeenAt: _kept, ...fields } = structuredClone(transition.after);
    // As the table does: a transition writes its own fields, never the opening noted beside them.
    this.inquiries.set(transition.after.reference, {
      ...fields,
      ...(stored.replyRequestSeenAt && { replyRequestSeenAt: stored.replyRequestSeenAt }),
      timeline: [...stored.timeline, ...transition.appended],
    });
    this.claims.keep(claim);
    const taskToken = this.taskTokens.get(transition.after.reference);
    return taskToken ? { taskToken } : {};
  }

  async markReplyRequestSeen(reference: Reference, at: string) {
    const stored = this.inquiries.get(reference);
    if (stored?.status !== 'NEEDS_INFO') return;
    if (stored.replyRequestSeenAt && stored.replyRequestSeenAt >= (stored.pausedAt ?? '')) return;
    this.inquiries.set(reference, { ...stored, replyRequestSeenAt: at });
  }

  async recordTaskToken(reference: Reference, status: InquiryStatus, taskToken: string) {
    const stored = this.inquiries.get(reference);
    if (stored?.status !== status || stored.closedAt) return false;
    this.taskTokens.set(reference, taskToken);
    return true;
  }
}
