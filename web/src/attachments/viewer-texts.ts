import type { Schema } from '../shared/api/api-client.js';
import type { Texts } from '../shared/i18n/language.js';

type Verification = Schema<'Attachment'>['status'];

/** The attachment viewer's words: the files of an inquiry, as a reviewer opens them. */
export const VIEWER_TEXTS: Texts<{
  heading: string;
  none: string;
  fileName: string;
  kind: string;
  size: string;
  verification: string;
  open: string;
  status: Record<Verification, string>;
  kinds: Record<Schema<'Attachment'>['contentType'], string>;
  show: (fileName: string) => string;
  hide: (fileName: string) => string;
  openPdf: (fileName: string) => string;
  pdfHint: string;
  imageOf: (fileName: string) => string;
  notYetClean: string;
}> = {
  ar: {
    heading: 'المرفقات',
    none: 'لم يُرفق المقيم أي ملف.',
    fileName: 'اسم الملف',
    kind: 'النوع',
    size: 'الحجم',
    verification: 'التحقق',
    open: 'العرض',
    status: { PENDING: 'قيد التحقق', VERIFIED: 'تم التحقق', REJECTED: 'مرفوض' },
    kinds: { 'application/pdf': 'مستند PDF', 'image/jpeg': 'صورة JPEG', 'image/png': 'صورة PNG' },
    show: (fileName) => `عرض ${fileName}`,
    hide: (fileName) => `إخفاء ${fileName}`,
    openPdf: (fileName) => `فتح ${fileName} في علامة تبويب جديدة`,
    pdfHint: 'الرابط صالح لمدة خمس دقائق؛ اطلب العرض مجددًا بعدها.',
    imageOf: (fileName) => `صورة المرفق ${fileName}`,
    notYetClean: 'لا يمكن فتح الملف قبل اكتمال فحصه.',
  },
  en: {
    heading: 'Attachments',
    none: 'The resident attached no file.',
    fileName: 'File name',
    kind: 'Type',
    size: 'Size',
    verification: 'Verification',
    open: 'View',
    status: { PENDING: 'Being verified', VERIFIED: 'Verified', REJECTED: 'Refused' },
    kinds: { 'application/pdf': 'PDF document', 'image/jpeg': 'JPEG image', 'image/png': 'PNG image' },
    show: (fileName) => `Show ${fileName}`,
    hide: (fileName) => `Hide ${fileName}`,
    openPdf: (fileName) => `Open ${fileName} in a new tab`,
    pdfHint: 'The link works for five minutes; ask to view it again after that.',
    imageOf: (fileName) => `Attached image ${fileName}`,
    notYetClean: 'The file can be opened once its checks are complete.',
  },
};
