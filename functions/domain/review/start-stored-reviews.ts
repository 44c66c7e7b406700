import type { Reference } from '../inquiries/reference.js';
import type { ReviewStarter } from './ports.js';

/**
 * A new inquiry as the table's stream delivers it, at its position in the stream — or the error
 * that kept its record from being read.
 */
export type StoredInquiry = { position: string; reference: Reference } | { position: string; unreadable: unknown };

export interface StoredReviewStarts {
  started: number;
  /** Deliveries of an inquiry whose review had already started: the stream delivers a record again after a retry. */
  alreadyStarted: number;
  /** Where the batch stopped: that record and every one after it are delivered again. */
  failure?: { position: string; error: unknown };
}

/**
 * Starts the review of each stored inquiry, in the stream's order. The first that fails (or
 * cannot be read) stops the batch, so that the stream delivers it and what follows it again,
 * still in order; those before it are not started twice, and a repeat is harmless anyway (the
 * execution is named after the reference).
 */
export const startStoredReviews = async (
  starter: ReviewStarter,
  inquiries: readonly StoredInquiry[],
): Promise<StoredReviewStarts> => {
  const starts: StoredReviewStarts = { started: 0, alreadyStarted: 0 };
  for (const inquiry of inquiries) {
    if ('unreadable' in inquiry)
      return { ...starts, failure: { position: inquiry.position, error: inquiry.unreadable } };
    try {
      starts[await starter.start(inquiry.reference)]++;
    } catch (error) {
      return { ...starts, failure: { position: inquiry.position, error } };
    }
  }
  return starts;
};
