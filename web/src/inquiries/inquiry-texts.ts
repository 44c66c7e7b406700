import type { Schema } from '../shared/api/api-client.js';
import type { Texts } from '../shared/i18n/language.js';

type Status = Schema<'InquiryDetail'>['status'];
type Actor = Schema<'TimelineEntry'>['actor'];
type TimelineEvent = NonNullable<Schema<'TimelineEntry'>['event']>;

/** An inquiry's words that residents, reviewers and establishments all read: its statuses, its history, who filed it. */
export const INQUIRY_TEXTS: Texts<{
  status: Record<Status, string>;
  actor: Record<Actor, string>;
  event: Record<TimelineEvent, string>;
  timeline: string;
  note: string;
  attachments: (count: string) => string;
  filedBy: string;
}> = {
  ar: {
    status: {
      SUBMITTED: 'مُقدَّم',
      UNDER_REVIEW: 'قيد المراجعة',
      NEEDS_INFO: 'بانتظار معلومات منك',
      ACCEPTED: 'مقبول',
      REJECTED: 'مرفوض',
      CLOSED: 'مغلق',
      APPEALED: 'قيد التظلّم',
    },
    actor: { resident: 'المقيم', establishment: 'المنشأة', reviewer: 'المراجع', system: 'النظام' },
    event: { ATTACHMENT_VERIFIED: 'تم التحقق من المرفق', ATTACHMENT_REJECTED: 'رُفض المرفق' },
    timeline: 'سجل الطلب',
    note: 'ملاحظة',
    attachments: (count) => `المرفقات: ${count}`,
    filedBy: 'مقدَّم من المنشأة',
  },
  en: {
    status: {
      SUBMITTED: 'Submitted',
      UNDER_REVIEW: 'Under review',
      NEEDS_INFO: 'Waiting for your information',
      ACCEPTED: 'Accepted',
      REJECTED: 'Rejected',
      CLOSED: 'Closed',
      APPEALED: 'Under appeal',
    },
    actor: { resident: 'Resident', establishment: 'Establishment', reviewer: 'Reviewer', system: 'System' },
    event: { ATTACHMENT_VERIFIED: 'Attachment verified', ATTACHMENT_REJECTED: 'Attachment refused' },
    timeline: 'History',
    note: 'Note',
    attachments: (count) => `Attachments: ${count}`,
    filedBy: 'Filed by establishment',
  },
};
