import type { Schema } from '../shared/api/api-client.js';

type Inquiry = Pick<Schema<'InquiryDetail'>, 'status' | 'appealDueBy' | 'closedAt' | 'rating'>;

/** What a resident may do with their inquiry now: the forms its page offers. */
export interface ResidentActions {
  /** The reviewer asked for information: the resident answers, with documents. */
  reply: boolean;
  /** Rejected and the appeal window still open. */
  appeal: boolean;
  /** Closed and not rated yet (the API alone knows whether the rating window is still open, and says so). */
  rate: boolean;
}

export const residentActions = (inquiry: Inquiry, now: Date): ResidentActions => ({
  reply: inquiry.status === 'NEEDS_INFO',
  appeal:
    inquiry.status === 'REJECTED' &&
    !inquiry.closedAt &&
    inquiry.appealDueBy !== undefined &&
    now.getTime() <= Date.parse(inquiry.appealDueBy),
  rate: inquiry.closedAt !== undefined && inquiry.rating === undefined,
});
