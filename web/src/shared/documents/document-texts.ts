import type { Schema } from '../api/api-client.js';
import type { Texts } from '../i18n/language.js';

type DocumentType = Schema<'Document'>['type'];
type DocumentStatus = Schema<'Document'>['status'];

/** The words of a document wherever it is shown (a resident's own, an establishment's employee's) and of the passport update. */
export const DOCUMENT_TEXTS: Texts<{
  documentType: Record<DocumentType, string>;
  documentStatus: Record<DocumentStatus, string>;
  type: string;
  number: string;
  expiresOn: string;
  daysLeft: string;
  passportNumber: string;
  passportNumberHint: string;
  issueDate: string;
  expiryDate: string;
  dateHint: string;
}> = {
  ar: {
    documentType: {
      IQAMA: 'الإقامة',
      PASSPORT: 'جواز السفر',
      EXIT_REENTRY_VISA: 'تأشيرة خروج وعودة',
      VISIT_VISA: 'تأشيرة زيارة',
      WORK_VISA: 'تأشيرة عمل',
    },
    documentStatus: { VALID: 'سارية', EXPIRING: 'قاربت على الانتهاء', EXPIRED: 'منتهية' },
    type: 'الوثيقة',
    number: 'الرقم',
    expiresOn: 'تاريخ الانتهاء',
    daysLeft: 'المدة المتبقية والحالة',
    passportNumber: 'رقم الجواز',
    passportNumberHint: 'كما هو مطبوع في الجواز، بالحروف اللاتينية والأرقام.',
    issueDate: 'تاريخ الإصدار',
    expiryDate: 'تاريخ الانتهاء',
    dateHint: 'بالتقويم الميلادي.',
  },
  en: {
    documentType: {
      IQAMA: 'Iqama',
      PASSPORT: 'Passport',
      EXIT_REENTRY_VISA: 'Exit and re-entry visa',
      VISIT_VISA: 'Visit visa',
      WORK_VISA: 'Work visa',
    },
    documentStatus: { VALID: 'Valid', EXPIRING: 'Expiring soon', EXPIRED: 'Expired' },
    type: 'Document',
    number: 'Number',
    expiresOn: 'Expires on',
    daysLeft: 'Time left and status',
    passportNumber: 'Passport number',
    passportNumberHint: 'As printed in the passport, in Latin letters and digits.',
    issueDate: 'Date of issue',
    expiryDate: 'Date of expiry',
    dateHint: 'In the Gregorian calendar.',
  },
};
