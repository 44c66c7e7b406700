import type { Texts } from '../shared/i18n/language.js';
import type { BulkColumn, BulkFileRefusal, BulkKind, BulkStatus } from './bulk-files.js';

/** The words of an establishment's bulk files: choosing and uploading one, then following its report. */
export const BULK_TEXTS: Texts<{
  uploadTitle: string;
  uploadIntro: string;
  kind: string;
  kinds: Record<BulkKind, string>;
  columnsTitle: string;
  columnsIntro: (lines: string, size: string) => string;
  column: string;
  columnHolds: string;
  columns: Record<BulkColumn, string>;
  template: string;
  categoryCodes: string;
  code: string;
  requestType: string;
  file: string;
  fileHint: (size: string) => string;
  noFile: string;
  refusal: Record<BulkFileRefusal, (size: string) => string>;
  upload: string;
  asking: string;
  uploading: (fileName: string) => string;
  uploadFailed: string;
  requestTitle: string;
  status: Record<BulkStatus, string>;
  progress: string;
  fileName: string;
  uploadedOn: string;
  report: string;
  lines: string;
  succeeded: string;
  repeated: string;
  failed: string;
  rejected: string;
  rejectedAt: (line: string) => string;
  rejectedColumn: string;
  listSeparator: string;
  errorsTitle: string;
  line: string;
  field: string;
  reason: string;
  wholeLine: string;
  noErrors: string;
  errorsNotListed: (count: string) => string;
  resultsTitle: string;
  inquiry: string;
  outcome: string;
  appliedBefore: string;
  appliedNow: string;
  noResults: string;
  showAll: (count: string) => string;
  notFound: string;
  notFoundDetail: string;
  uploadAnother: string;
}> = {
  ar: {
    uploadTitle: 'رفع ملف مجمّع',
    uploadIntro:
      'حدّث جوازات عدد من موظفيك أو قدّم طلبات عنهم دفعة واحدة بملف واحد. يُطبَّق كل سطر كما يُطبَّق الطلب المفرد، ويبيّن التقرير نتيجة كل سطر. السطر نفسه إن رُفع مجددًا خلال 24 ساعة لا يُنشئ شيئًا جديدًا.',
    kind: 'محتوى الملف',
    kinds: { PASSPORT_UPDATES: 'تحديث بيانات جوازات الموظفين', INQUIRIES: 'طلبات عن الموظفين' },
    columnsTitle: 'الأعمدة المتوقعة',
    columnsIntro: (lines, size) =>
      `ملف CSV بترميز UTF-8 أوله سطر العناوين بهذه الأعمدة، بحد أقصى ${lines} سطر و${size}؛ أو ملف JSON Lines ‏(‎.jsonl‏) فيه كائن JSON في كل سطر بالأسماء نفسها.`,
    column: 'العمود',
    columnHolds: 'ما يحويه',
    columns: {
      iqamaNumber: 'رقم إقامة الموظف: عشرة أرقام، لموظف من موظفي منشأتك الآن.',
      passportNumber: 'رقم الجواز الجديد كما في الجواز: من 6 إلى 9 أحرف لاتينية وأرقام.',
      issueDate: 'تاريخ إصدار الجواز بالتقويم الميلادي بصيغة YYYY-MM-DD.',
      expiryDate: 'تاريخ انتهاء الجواز بالتقويم الميلادي بصيغة YYYY-MM-DD.',
      category: 'رمز نوع الطلب، من الرموز المبيّنة أدناه.',
      description: 'وصف الطلب: من 10 إلى 4000 حرف.',
    },
    template: 'تنزيل قالب CSV',
    categoryCodes: 'رموز أنواع الطلبات',
    code: 'الرمز',
    requestType: 'نوع الطلب',
    file: 'الملف',
    fileHint: (size) => `ملف ‎.csv أو ‎.jsonl، بحد أقصى ${size}.`,
    noFile: 'اختر الملف المراد رفعه.',
    refusal: {
      type: () => 'نوع هذا الملف غير مقبول؛ اختر ملفًا بامتداد ‎.csv أو ‎.jsonl.',
      size: (size) => `حجم هذا الملف يتجاوز ${size}؛ قسّمه إلى ملفات أصغر.`,
      empty: () => 'هذا الملف فارغ.',
    },
    upload: 'رفع الملف',
    asking: 'جارٍ تجهيز الرفع…',
    uploading: (fileName) => `رفع الملف ${fileName}`,
    uploadFailed: 'تعذّر رفع الملف. أعد المحاولة؛ لن يُنشأ طلب ثانٍ.',
    requestTitle: 'الملف المجمّع',
    status: {
      PENDING: 'بانتظار وصول الملف…',
      PROCESSING: 'جارٍ تطبيق الأسطر…',
      DONE: 'اكتملت معالجة الملف.',
      REJECTED: 'رُفض الملف.',
    },
    progress: 'الأسطر المعالجة',
    fileName: 'اسم الملف',
    uploadedOn: 'تاريخ الرفع',
    report: 'التقرير',
    lines: 'عدد الأسطر',
    succeeded: 'طُبّقت',
    repeated: 'مكرّرة (طُبّقت من قبل)',
    failed: 'مرفوضة',
    rejected: 'تعذّرت قراءة الملف كاملًا، فلم يُطبَّق أي سطر منه.',
    rejectedAt: (line) => `السطر ${line}`,
    rejectedColumn: 'العمود',
    listSeparator: '، ',
    errorsTitle: 'الأسطر المرفوضة',
    line: 'السطر',
    field: 'الحقل',
    reason: 'السبب',
    wholeLine: 'السطر كله',
    noErrors: 'لم يُرفض أي سطر.',
    errorsNotListed: (count) => `وأسباب رفض أخرى عددها ${count} لم تُدرج هنا؛ صحّح الأسطر المبيّنة وأعد رفع الملف لتظهر.`,
    resultsTitle: 'الأسطر المطبّقة',
    inquiry: 'الطلب',
    outcome: 'النتيجة',
    appliedBefore: 'طُبّق من قبل، فلم يُنشأ شيء جديد',
    appliedNow: 'طُبّق',
    noResults: 'لم يُطبَّق أي سطر.',
    showAll: (count) => `عرض الأسطر كلها (${count})`,
    notFound: 'الملف المجمّع غير موجود',
    notFoundDetail:
      'لا يوجد بين ملفات منشأتك ملف بهذا المعرّف، أو مضت مدة حفظه (30 يومًا). تحقّق من العنوان أو ارفع ملفًا جديدًا.',
    uploadAnother: 'رفع ملف آخر',
  },
  en: {
    uploadTitle: 'Upload a bulk file',
    uploadIntro:
      'Update many of your employees’ passports, or file requests for them, at once with one file. Each line is applied as the single request would be, and the report tells each line’s outcome. The same line uploaded again within 24 hours makes nothing new.',
    kind: 'What the file holds',
    kinds: { PASSPORT_UPDATES: 'Employees’ passport updates', INQUIRIES: 'Requests for employees' },
    columnsTitle: 'Expected columns',
    columnsIntro: (lines, size) =>
      `A CSV file in UTF-8 whose first row names these columns, up to ${lines} lines and ${size}; or a JSON Lines file (.jsonl), one JSON object a line with the same names.`,
    column: 'Column',
    columnHolds: 'What it holds',
    columns: {
      iqamaNumber: 'The employee’s iqama number: ten digits, of someone who is your establishment’s employee now.',
      passportNumber: 'The new passport’s number as printed in it: 6 to 9 Latin letters and digits.',
      issueDate: 'The passport’s issue date, in the Gregorian calendar, as YYYY-MM-DD.',
      expiryDate: 'The passport’s expiry date, in the Gregorian calendar, as YYYY-MM-DD.',
      category: 'The request type’s code, one of those below.',
      description: 'The request’s description: 10 to 4,000 characters.',
    },
    template: 'Download a CSV template',
    categoryCodes: 'Request type codes',
    code: 'Code',
    requestType: 'Request type',
    file: 'File',
    fileHint: (size) => `A .csv or .jsonl file, up to ${size}.`,
    noFile: 'Choose the file to upload.',
    refusal: {
      type: () => 'This kind of file is not accepted; choose a .csv or .jsonl file.',
      size: (size) => `This file is larger than ${size}; split it into smaller files.`,
      empty: () => 'This file is empty.',
    },
    upload: 'Upload the file',
    asking: 'Preparing the upload…',
    uploading: (fileName) => `Uploading ${fileName}`,
    uploadFailed: 'The file could not be uploaded. Try again; no second request will be made.',
    requestTitle: 'Bulk file',
    status: {
      PENDING: 'Waiting for the file…',
      PROCESSING: 'Applying the lines…',
      DONE: 'The file has been processed.',
      REJECTED: 'The file was refused.',
    },
    progress: 'Lines processed',
    fileName: 'File name',
    uploadedOn: 'Uploaded on',
    report: 'Report',
    lines: 'Lines',
    succeeded: 'Applied',
    repeated: 'Repeated (applied before)',
    failed: 'Refused',
    rejected: 'The file could not be read as a whole, so none of its lines was applied.',
    rejectedAt: (line) => `Line ${line}`,
    rejectedColumn: 'Column',
    listSeparator: ', ',
    errorsTitle: 'Refused lines',
    line: 'Line',
    field: 'Field',
    reason: 'Reason',
    wholeLine: 'The whole line',
    noErrors: 'No line was refused.',
    errorsNotListed: (count) =>
      `${count} more reasons for refusal are not listed here; correct the lines above and upload the file again to see them.`,
    resultsTitle: 'Applied lines',
    inquiry: 'Request',
    outcome: 'Outcome',
    appliedBefore: 'Applied before; nothing new was made',
    appliedNow: 'Applied',
    noResults: 'No line was applied.',
    showAll: (count) => `Show all ${count} lines`,
    notFound: 'Bulk file not found',
    notFoundDetail:
      'None of your establishment’s bulk files has this id, or it is past the 30 days one is kept. Check the address, or upload a new file.',
    uploadAnother: 'Upload another file',
  },
};
