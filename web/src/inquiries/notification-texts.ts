import type { Schema } from '../shared/api/api-client.js';
import type { Texts } from '../shared/i18n/language.js';

type Notification = Schema<'Notification'>;

/** The words of an inquiry's SMS list: which notice, to whom, and whether it arrived. */
export const NOTIFICATION_TEXTS: Texts<{
  heading: string;
  none: string;
  message: Record<Notification['message'], string>;
  recipient: Record<Notification['recipient'], string>;
  delivery: Record<Notification['delivery'], string>;
  deliveredAt: (when: string) => string;
  reason: string;
}> = {
  ar: {
    heading: 'الرسائل النصية',
    none: 'لم تُرسل رسائل نصية بعد.',
    message: {
      RECEIVED: 'استلام الطلب',
      NEEDS_INFO: 'طلب معلومات',
      ACCEPTED: 'قبول الطلب',
      REJECTED: 'رفض الطلب',
      CLOSED: 'إغلاق الطلب',
      APPEAL_RECEIVED: 'استلام التظلّم',
      APPEAL_DECIDED: 'البت في التظلّم',
      REPLY_REMINDER: 'تذكير بالرد',
    },
    recipient: { RESIDENT: 'إلى المقيم', STAFF: 'إلى موظف المنشأة' },
    delivery: {
      PENDING: 'بانتظار تأكيد الوصول',
      DELIVERED: 'وصلت',
      FAILED: 'لم تصل',
      UNKNOWN: 'لم يصل تأكيد',
    },
    deliveredAt: (when) => `وصلت في ${when}`,
    reason: 'السبب',
  },
  en: {
    heading: 'Text messages',
    none: 'No text message has been sent yet.',
    message: {
      RECEIVED: 'Request received',
      NEEDS_INFO: 'Information requested',
      ACCEPTED: 'Request accepted',
      REJECTED: 'Request rejected',
      CLOSED: 'Request closed',
      APPEAL_RECEIVED: 'Appeal received',
      APPEAL_DECIDED: 'Appeal decided',
      REPLY_REMINDER: 'Reply reminder',
    },
    recipient: { RESIDENT: 'to the resident', STAFF: "to the establishment's staff member" },
    delivery: {
      PENDING: 'Waiting for the receipt',
      DELIVERED: 'Delivered',
      FAILED: 'Not delivered',
      UNKNOWN: 'No receipt came',
    },
    deliveredAt: (when) => `Delivered ${when}`,
    reason: 'Reason',
  },
};
