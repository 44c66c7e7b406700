import type { Inquiry } from '../inquiries/inquiry.js';
import type { InquiryRepository } from '../inquiries/ports.js';
import type { MessageRecord } from '../sms/message-record.js';

/** The notices that ask for the reply: the request itself and its reminder. */
const ASKING = new Set(['NEEDS_INFO', 'REPLY_REMINDER']);

/**
 * When the inquiry's current request for information reached whoever must answer it: the first
 * SMS asking for the reply that a receipt says was delivered to the resident, or the resident (or
 * the establishment that filed it) opening the inquiry while it waits — whichever came first, and
 * only since this request was made. Undefined while nothing says it reached anyone: a message SNS
 * accepted is not a message a person read.
 */
export const replyRequestReachedAt = (inquiry: Inquiry, notices: readonly MessageRecord[]): string | undefined => {
  if (inquiry.status !== 'NEEDS_INFO' || !inquiry.pausedAt) return undefined;
  if (inquiry.replyRequestReachedAt) return inquiry.replyRequestReachedAt;
  const since = Date.parse(inquiry.pausedAt);
  const moments = notices
    .flatMap((notice) =>
      notice.purpose.kind === 'INQUIRY_NOTICE' &&
      notice.purpose.recipient === 'RESIDENT' &&
      ASKING.has(notice.purpose.message) &&
      notice.delivery === 'DELIVERED' &&
      notice.receiptAt &&
      Date.parse(notice.sentAt) >= since
        ? [notice.receiptAt]
        : [],
    )
    .concat(
      inquiry.replyRequestSeenAt && Date.parse(inquiry.replyRequestSeenAt) >= since ? [inquiry.replyRequestSeenAt] : [],
    );
  return moments.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
};

/**
 * Whoever must answer opened the inquiry while it waits for their information: that reaches them,
 * as a delivered SMS would. Noted once per request; a failure to note it fails nothing — the
 * next opening notes it, and until then the case is only kept open longer, never closed sooner.
 */
export const noteReplyRequestSeen = async (
  inquiries: Pick<InquiryRepository, 'markReplyRequestSeen'>,
  inquiry: Inquiry,
  now: Date,
): Promise<void> => {
  if (inquiry.status !== 'NEEDS_INFO' || !inquiry.pausedAt) return;
  if (inquiry.replyRequestSeenAt && Date.parse(inquiry.replyRequestSeenAt) >= Date.parse(inquiry.pausedAt)) return;
  await inquiries.markReplyRequestSeen(inquiry.reference, now.toISOString());
};
