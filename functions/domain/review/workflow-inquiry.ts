import type { Inquiry } from '../inquiries/inquiry.js';
import type { Reference } from '../inquiries/reference.js';
import { InquiryNotFound } from '../shared/errors.js';
import type { ReviewDeps } from './apply-transition.js';

/**
 * The inquiry a task of the review state machine works on, read afresh: each task is safe to run
 * again, since Step Functions retries them and the local runtime reruns a whole execution on restart.
 */
export const workflowInquiry = async (deps: Pick<ReviewDeps, 'inquiries'>, reference: Reference): Promise<Inquiry> => {
  const inquiry = await deps.inquiries.findByReference(reference);
  if (!inquiry) throw new InquiryNotFound(`The workflow's inquiry is missing`);
  return inquiry;
};
