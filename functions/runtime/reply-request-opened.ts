import type { Inquiry } from '../domain/inquiries/inquiry.js';
import type { InquiryRepository } from '../domain/inquiries/ports.js';
import { noteReplyRequestSeen } from '../domain/review/reply-request-reach.js';
import { logger } from './observability.js';

/**
 * A read by whoever must answer the inquiry notes that its request for information reached them.
 * The read is answered even when the note fails: not noting it only keeps the case open longer.
 */
export const noteOpenedByAnswerer = (
  inquiries: Pick<InquiryRepository, 'markReplyRequestSeen'>,
  inquiry: Inquiry,
  now: Date,
): Promise<void> =>
  noteReplyRequestSeen(inquiries, inquiry, now).catch((error: unknown) =>
    logger.warn('The opening of a request for information was not noted', { errorName: (error as Error).name }),
  );
