import type { InquiryRepository } from '../../domain/inquiries/ports.js';
import { ValidationFailed } from '../../domain/shared/errors.js';
import { localeOf } from '../../http/api-event.js';
import { inquirySummary } from '../../http/inquiry-representation.js';
import { HttpRequestError } from '../../http/request-errors.js';
import { reviewerOf } from '../../http/reviewer.js';
import { contractQuery, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.ListReviewQueue;

/** A reviewer's queue: the open inquiries of one of their sections, the soonest due first. */
export const createHandler = (deps: { inquiries: InquiryRepository; clock: () => Date }) =>
  apiFunction(async (event) => {
    const reviewer = reviewerOf(event);
    const { section: asked, ...page } = contractQuery(contract, event);
    const section = asked ?? (reviewer.sections.length === 1 ? reviewer.sections[0] : undefined);
    if (!section) throw new ValidationFailed([{ pointer: '/query/section', code: 'required' }]);
    if (!reviewer.sections.includes(section)) throw new HttpRequestError('forbidden', 'Not a section of this reviewer');
    const { items, nextCursor } = await deps.inquiries.listReviewQueue(section, page);
    const locale = localeOf(event);
    const now = deps.clock().getTime();
    return success(contract, {
      section,
      items: items.map((inquiry) => ({
        ...inquirySummary(inquiry, locale),
        overdue: Date.parse(inquiry.expectedResponseBy) < now,
        escalated: inquiry.escalated === true,
      })),
      ...(nextCursor && { nextCursor }),
    });
  });

export const handler = createHandler({ inquiries: inquiryRepository(), clock });
