import type { Schema } from '../shared/api/api-client.js';
import { useTexts } from '../shared/i18n/language.js';
import { INQUIRY_TEXTS } from './inquiry-texts.js';

type Status = Schema<'InquiryDetail'>['status'];

const TONE: Partial<Record<Status, string>> = { NEEDS_INFO: 'badge-warning', REJECTED: 'badge-danger' };

/** An inquiry's status in words, marked when it asks something of the resident or went against them. */
export const InquiryStatus = ({ status }: { status: Status }) => (
  <span class={`badge ${TONE[status] ?? ''}`}>{useTexts(INQUIRY_TEXTS).status[status]}</span>
);
