import { InquiryStatus } from '../inquiries/inquiry-status.js';
import type { Schema } from '../shared/api/api-client.js';
import { useTexts } from '../shared/i18n/language.js';
import { ESTABLISHMENT_TEXTS } from './texts.js';

type Status = Schema<'EmployeeInquiry'>['status'];

/**
 * An inquiry's status as its establishment reads it: the shared words, except "waiting for your
 * information", which is the employee's to give (they reply among their own requests).
 */
export const EmployeeInquiryStatus = ({ status }: { status: Status }) => {
  const waiting = useTexts(ESTABLISHMENT_TEXTS).waitingForEmployee;
  return status === 'NEEDS_INFO' ? (
    <span class="badge badge-warning">{waiting}</span>
  ) : (
    <InquiryStatus status={status} />
  );
};
