import type { Texts } from '../shared/i18n/language.js';
import type { AttachmentStatus, FileRefusal } from './attachment-rules.js';

/** The words of attaching documents: choosing files, sending them, and what their checks found. */
export const UPLOAD_TEXTS: Texts<{
  choose: string;
  chooseHint: (size: string, count: string) => string;
  refusal: Record<FileRefusal, string>;
  tooMany: (count: string) => string;
  asking: string;
  uploading: (fileName: string) => string;
  checking: string;
  stillChecking: string;
  uploadFailed: string;
  retry: string;
  status: Record<AttachmentStatus, string>;
  attachments: string;
  noAttachments: string;
  fileName: string;
  fileType: string;
  fileSize: string;
  fileStatus: string;
  addedOn: string;
  remove: (fileName: string) => string;
  kilobytes: (value: string) => string;
  megabytes: (value: string) => string;
}> = {
  ar: {
    choose: 'إرفاق مستندات',
    chooseHint: (size, count) => `ملفات PDF أو JPEG أو PNG، بحد أقصى ${size} للملف الواحد و${count} ملفات.`,
    refusal: {
      type: 'نوع هذا الملف غير مقبول. أرفق ملف PDF أو صورة JPEG أو PNG.',
      size: 'حجم هذا الملف يتجاوز الحد المسموح به.',
      empty: 'هذا الملف فارغ.',
    },
    tooMany: (count) => `يمكن إرفاق ${count} ملفات على الأكثر.`,
    asking: 'جارٍ تجهيز الرفع…',
    uploading: (fileName) => `رفع الملف ${fileName}`,
    checking: 'تم الرفع، وجارٍ التحقق من الملف…',
    stillChecking: 'ما زال التحقق من الملف جاريًا، وستظهر نتيجته في صفحة الطلب.',
    uploadFailed: 'تعذّر رفع الملف.',
    retry: 'إعادة المحاولة',
    status: { PENDING: 'قيد التحقق', VERIFIED: 'تم التحقق منه', REJECTED: 'مرفوض' },
    attachments: 'المرفقات',
    noAttachments: 'لا توجد مرفقات.',
    fileName: 'اسم الملف',
    fileType: 'النوع',
    fileSize: 'الحجم',
    fileStatus: 'نتيجة التحقق',
    addedOn: 'تاريخ الإرفاق',
    remove: (fileName) => `إزالة ${fileName}`,
    kilobytes: (value) => `${value} ك.ب`,
    megabytes: (value) => `${value} م.ب`,
  },
  en: {
    choose: 'Attach documents',
    chooseHint: (size, count) => `PDF, JPEG or PNG files, up to ${size} each and ${count} files.`,
    refusal: {
      type: 'This kind of file is not accepted. Attach a PDF, or a JPEG or PNG image.',
      size: 'This file is larger than allowed.',
      empty: 'This file is empty.',
    },
    tooMany: (count) => `At most ${count} files can be attached.`,
    asking: 'Preparing the upload…',
    uploading: (fileName) => `Uploading ${fileName}`,
    checking: 'Uploaded; the file is being checked…',
    stillChecking: 'The file is still being checked; the result will appear on the request’s page.',
    uploadFailed: 'The file could not be uploaded.',
    retry: 'Try again',
    status: { PENDING: 'Being checked', VERIFIED: 'Verified', REJECTED: 'Refused' },
    attachments: 'Attachments',
    noAttachments: 'No attachments.',
    fileName: 'File name',
    fileType: 'Type',
    fileSize: 'Size',
    fileStatus: 'Check result',
    addedOn: 'Added on',
    remove: (fileName) => `Remove ${fileName}`,
    kilobytes: (value) => `${value} KB`,
    megabytes: (value) => `${value} MB`,
  },
};
