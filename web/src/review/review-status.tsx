import { InquiryStatus } from '../inquiries/inquiry-status.js';
import type { Schema } from '../shared/api/api-client.js';
import { useTexts } from '../shared/i18n/language.js';
import { REVIEW_TEXTS } from './texts.js';

type Status = Schema<'ReviewerInquiry'>['status'];

/**
 * An inquiry's status as a reviewer reads it: the shared words, except where those speak to the
 * resident ("waiting for your information"), which a reviewer reads as waiting for the resident.
 */
export const ReviewStatus = ({ status }: { status: Status }) => {
  const waiting = useTexts(REVIEW_TEXTS).waitingForResident;
  return status === 'NEEDS_INFO' ? (
    <span class="badge badge-warning">{waiting}</span>
  ) : (
    <InquiryStatus status={status} />
  );
};
