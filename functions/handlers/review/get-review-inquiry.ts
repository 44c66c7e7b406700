import { mayRead } from '../../domain/inquiries/caller.js';
import type { InquiryRepository } from '../../domain/inquiries/ports.js';
import { replyRequestReachedAt } from '../../domain/review/reply-request-reach.js';
import { InquiryNotFound } from '../../domain/shared/errors.js';
import type { MessageLog } from '../../domain/sms/ports.js';
import { localeOf } from '../../http/api-event.js';
import { reviewerDetail } from '../../http/inquiry-representation.js';
import { notificationsOf } from '../../http/notification-representation.js';
import { referenceFrom } from '../../http/path-parameters.js';
import { reviewerOf } from '../../http/reviewer.js';
import { success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { messageLog } from '../../runtime/sms.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

/** One inquiry with its timeline and its SMS, for a reviewer of its section; any other section's is 404. */
export const createHandler = (deps: {
  inquiries: InquiryRepository;
  messages: Pick<MessageLog, 'forInquiry'>;
  clock: () => Date;
}) =>
  apiFunction(async (event) => {
    const reviewer = reviewerOf(event);
    const inquiry = await deps.inquiries.findByReference(referenceFrom(event));
    if (!inquiry || !mayRead({ kind: 'reviewer', reviewer }, inquiry))
      throw new InquiryNotFound('No such inquiry in this reviewer’s sections');
    const records = await deps.messages.forInquiry(inquiry.reference);
    return success(
      ROUTE_CONTRACTS.GetReviewInquiry,
      reviewerDetail(inquiry, localeOf(event), {
        notifications: notificationsOf(records, deps.clock(), 'staff'),
        replyRequestReachedAt: replyRequestReachedAt(inquiry, records),
      }),
    );
  });

export const handler = createHandler({ inquiries: inquiryRepository(), messages: messageLog(), clock });
