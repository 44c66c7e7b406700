import type { RejectionReason } from '../domain/attachments/attachment.js';
import { BULK_LIMITS, type BulkRejectionCode } from '../domain/establishments/bulk-request.js';
import type { LocalizedText, TextLocale } from '../domain/shared/locale.js';
import { MAX_WINDOW_DAYS, STATS_FIRST_DAY, STATS_LAST_DAY } from '../domain/stats/stats-window.js';

type Template = Record<TextLocale, (params: Record<string, string | number>) => string>;

const fixed = (text: LocalizedText): Template => ({ ar: () => text.ar, en: () => text.en });

/** What each field-level issue code says to a person, in each text language. */
export const FIELD_MESSAGES: Record<string, Template> = {
  required: fixed({ ar: 'هذا الحقل مطلوب.', en: 'This field is required.' }),
  invalid_type: {
    ar: (p) => `نوع القيمة غير صحيح، المتوقع: ${p.expected}.`,
    en: (p) => `Wrong type of value; expected ${p.expected}.`,
  },
  too_short: {
    ar: (p) => `يجب ألا يقل طول النص عن ${p.minimum} حرفًا.`,
    en: (p) => `Must be at least ${p.minimum} characters long.`,
  },
  too_long: {
    ar: (p) => `يجب ألا يزيد طول النص عن ${p.maximum} حرف.`,
    en: (p) => `Must be at most ${p.maximum} characters long.`,
  },
  too_small: {
    ar: (p) => `يجب ألا تقل القيمة عن ${p.minimum}.`,
    en: (p) => `Must be at least ${p.minimum}.`,
  },
  too_big: {
    ar: (p) => `يجب ألا تزيد القيمة عن ${p.maximum}.`,
    en: (p) => `Must be at most ${p.maximum}.`,
  },
  not_allowed_value: {
    ar: (p) => `القيمة غير مقبولة. القيم المقبولة: ${p.allowed}.`,
    en: (p) => `Not an accepted value. Accepted values: ${p.allowed}.`,
  },
  unknown_field: fixed({ ar: 'هذا الحقل غير معروف.', en: 'This field is not recognised.' }),
  malformed_text: fixed({
    ar: 'يحتوي النص على محارف غير مسموح بها.',
    en: 'The text contains characters that are not allowed.',
  }),
  invalid_cursor: fixed({
    ar: 'مؤشر الصفحة غير صالح؛ ابدأ من الصفحة الأولى دون مؤشر.',
    en: 'This page cursor is not valid; start again from the first page without it.',
  }),
  invalid_reference: fixed({
    ar: 'رقم الطلب غير صحيح؛ تحقق منه فقد يكون فيه خطأ في أحد الأحرف.',
    en: 'This request number is not valid; check it for a mistyped character.',
  }),
  invalid_idempotency_key: fixed({
    ar: 'مفتاح عدم التكرار يجب أن يتكون من 1 إلى 128 حرفًا من الأحرف اللاتينية أو الأرقام أو الرموز - _ . :',
    en: 'The idempotency key must be 1 to 128 characters: Latin letters, digits or - _ . :',
  }),
  unknown_attachment: fixed({
    ar: 'لا يوجد مرفق مقبول بهذا المعرّف في هذا الطلب.',
    en: 'This request has no accepted attachment with this identifier.',
  }),
  invalid_date: fixed({
    ar: 'التاريخ غير صحيح؛ اكتبه بالتقويم الميلادي بصيغة YYYY-MM-DD.',
    en: 'Not a valid date; write a Gregorian date as YYYY-MM-DD.',
  }),
  passport_number_malformed: fixed({
    ar: 'رقم الجواز غير صحيح؛ اكتبه كما في الجواز: من 6 إلى 9 أحرف لاتينية وأرقام.',
    en: 'This passport number is not valid; enter it as printed in the passport: 6 to 9 Latin letters and digits.',
  }),
  passport_not_yet_issued: fixed({
    ar: 'تاريخ الإصدار لم يأتِ بعد؛ لا يمكن تحديث بيانات جواز لم يصدر.',
    en: 'This issue date is still to come; a passport can be recorded only once it has been issued.',
  }),
  window_ends_before_start: fixed({
    ar: 'يجب ألا يسبق تاريخ النهاية تاريخ البداية.',
    en: 'The last day must not be before the first.',
  }),
  window_out_of_range: fixed({
    ar: `يجب أن يقع التاريخ بين ${STATS_FIRST_DAY} و${STATS_LAST_DAY}.`,
    en: `The date must be from ${STATS_FIRST_DAY} to ${STATS_LAST_DAY}.`,
  }),
  window_too_long: fixed({
    ar: `يجب ألا تزيد الفترة عن ${MAX_WINDOW_DAYS} يومًا.`,
    en: `The window may be at most ${MAX_WINDOW_DAYS} days long.`,
  }),
  expiry_not_after_issue: fixed({
    ar: 'يجب أن يكون تاريخ الانتهاء بعد تاريخ الإصدار.',
    en: 'The expiry date must be after the issue date.',
  }),
  employer_of_dependent: fixed({
    ar: 'تُذكر المنشأة في سجل وثيقة المقيم نفسه، لا في سجل أحد تابعيه.',
    en: "An establishment is named on a line of the resident's own document, not a dependent's.",
  }),
  passport_validity_too_long: {
    ar: (p) => `لا تزيد صلاحية الجواز عن ${p.years} سنوات من تاريخ إصداره؛ تحقق من التاريخين.`,
    en: (p) => `A passport is valid for at most ${p.years} years from its issue; check both dates.`,
  },
  no_phone_on_record: fixed({
    ar: 'لا يوجد رقم جوال مسجّل للموظف ولا لك؛ سجّل الدخول برقم جوال لتقديم الطلب.',
    en: 'Neither the employee nor you have a mobile number on record; sign in with one to file this request.',
  }),
  not_an_employee: fixed({
    ar: 'لا يوجد موظف لدى منشأتك بهذا الرقم.',
    en: 'There is no employee of your establishment with this number.',
  }),
  newer_passport_held: fixed({
    ar: 'سجّل الموظف بنفسه جوازًا تنتهي صلاحيته بعد هذا الجواز، فبقي جوازه.',
    en: 'The employee recorded a passport of their own that expires later than this one, so theirs stays.',
  }),
  wrong_number_of_fields: {
    ar: (p) => `عدد الحقول في هذا السطر ${p.found}، والمتوقع ${p.expected} كما في سطر العناوين.`,
    en: (p) => `This line has ${p.found} fields; the header row has ${p.expected}.`,
  },
  malformed_line: fixed({
    ar: 'هذا السطر ليس كائن JSON صالحًا.',
    en: 'This line is not a valid JSON object.',
  }),
  passport_expired: fixed({
    ar: 'هذا الجواز منتهي الصلاحية؛ سجّل جوازًا ساري المفعول.',
    en: 'This passport has expired; record a valid one.',
  }),
  passport_validity_too_short: {
    ar: (p) => `يجب أن يكون الجواز صالحًا ${p.months} أشهر على الأقل من اليوم.`,
    en: (p) => `The passport must be valid for at least ${p.months} more months.`,
  },
  invalid: fixed({ ar: 'القيمة غير صالحة.', en: 'This value is not valid.' }),
};

interface ProblemText {
  title: LocalizedText;
  detail: LocalizedText;
}

/** The title and detail of each kind of problem a caller can meet. */
export const PROBLEM_TEXTS: Record<string, ProblemText> = {
  'validation-failed': {
    title: { ar: 'بيانات الطلب غير صالحة', en: 'The request is not valid' },
    detail: {
      ar: 'صحح الحقول المذكورة في قائمة الأخطاء ثم أعد المحاولة.',
      en: 'Correct the fields listed in errors and try again.',
    },
  },
  'malformed-json': {
    title: { ar: 'صيغة JSON غير صحيحة', en: 'Malformed JSON' },
    detail: { ar: 'تعذرت قراءة محتوى الطلب بصيغة JSON.', en: 'The request body could not be read as JSON.' },
  },
  'unsupported-media-type': {
    title: { ar: 'نوع المحتوى غير مدعوم', en: 'Unsupported media type' },
    detail: {
      ar: 'أرسل المحتوى بنوع application/json وترميز UTF-8.',
      en: 'Send the body as application/json in UTF-8.',
    },
  },
  'payload-too-large': {
    title: { ar: 'حجم الطلب كبير جدًا', en: 'Request body too large' },
    detail: { ar: 'حجم محتوى الطلب يتجاوز الحد المسموح.', en: 'The request body is larger than allowed.' },
  },
  unauthenticated: {
    title: { ar: 'يلزم تسجيل الدخول', en: 'Sign-in required' },
    detail: {
      ar: 'أرسل رمز دخول صالحًا في ترويسة Authorization.',
      en: 'Send a valid token in the Authorization header.',
    },
  },
  forbidden: {
    title: { ar: 'غير مسموح', en: 'Not allowed' },
    detail: { ar: 'لا تملك صلاحية هذا الإجراء.', en: 'You are not allowed to do this.' },
  },
  'inquiry-not-found': {
    title: { ar: 'الطلب غير موجود', en: 'Request not found' },
    detail: { ar: 'لا يوجد طلب بهذا الرقم في حسابك.', en: 'There is no request with this number in your account.' },
  },
  'idempotency-key-reused': {
    title: { ar: 'مفتاح عدم التكرار مستخدم لطلب آخر', en: 'Idempotency key already used' },
    detail: {
      ar: 'استُخدم مفتاح عدم التكرار نفسه لطلب مختلف؛ استخدم مفتاحًا جديدًا لكل طلب جديد.',
      en: 'This Idempotency-Key was used for a different request; use a new key for each new request.',
    },
  },
  'attachment-not-found': {
    title: { ar: 'المرفق غير موجود', en: 'Attachment not found' },
    detail: {
      ar: 'لا يوجد مرفق بهذا المعرّف في هذا الطلب.',
      en: 'This request has no attachment with this identifier.',
    },
  },
  'attachment-limit-reached': {
    title: { ar: 'بلغ الطلب الحد الأقصى للمرفقات', en: 'Attachment limit reached' },
    detail: { ar: 'يقبل الطلب 10 مرفقات على الأكثر.', en: 'A request takes at most 10 attachments.' },
  },
  'attachment-too-large': {
    title: { ar: 'حجم الملف كبير جدًا', en: 'File too large' },
    detail: { ar: 'الحد الأقصى لحجم الملف 10 ميجابايت.', en: 'A file may be at most 10 MB.' },
  },
  'concurrent-change': {
    title: { ar: 'تعارض في التحديث', en: 'Concurrent change' },
    detail: {
      ar: 'تغيّر الطلب في اللحظة نفسها؛ أعد المحاولة.',
      en: 'The request changed at the same moment; please try again.',
    },
  },
  'transition-not-allowed': {
    title: { ar: 'الإجراء غير متاح في حالة الطلب الحالية', en: 'Not possible in the request’s current state' },
    detail: {
      ar: 'لا يمكن تنفيذ هذا الإجراء على الطلب في حالته الحالية؛ حدّث الصفحة لترى حالته.',
      en: 'This action does not fit the request’s current state; reload it to see where it stands.',
    },
  },
  'second-reviewer-required': {
    title: { ar: 'يلزم مراجع آخر', en: 'Another reviewer is required' },
    detail: {
      ar: 'يُبت في الاعتراض مراجعٌ غير الذي رفض الطلب.',
      en: 'An appeal is decided by a reviewer other than the one who rejected the request.',
    },
  },
  'appeal-window-closed': {
    title: { ar: 'انتهت مهلة الاعتراض', en: 'The appeal period is over' },
    detail: {
      ar: 'يمكن الاعتراض مرة واحدة خلال 30 يومًا من الرفض.',
      en: 'A rejection may be appealed once, within 30 days.',
    },
  },
  'already-rated': {
    title: { ar: 'سبق تقييم الطلب', en: 'Already rated' },
    detail: { ar: 'يُقيَّم الطلب مرة واحدة فقط.', en: 'A request can be rated only once.' },
  },
  'rating-window-closed': {
    title: { ar: 'انتهت مهلة التقييم', en: 'The rating period is over' },
    detail: {
      ar: 'يمكن تقييم الطلب خلال 14 يومًا من إغلاقه.',
      en: 'A request can be rated within 14 days of its closing.',
    },
  },
  'dependent-not-found': {
    title: { ar: 'التابع غير موجود', en: 'Dependent not found' },
    detail: {
      ar: 'لا يوجد تابع بهذا المعرّف في حسابك.',
      en: 'There is no dependent with this identifier in your account.',
    },
  },
  'newer-passport-held': {
    title: { ar: 'لدى الموظف جواز أحدث', en: 'The employee holds a newer passport' },
    detail: {
      ar: 'سجّل الموظف بنفسه جوازًا تنتهي صلاحيته بعد هذا الجواز، فبقي جوازه.',
      en: 'The employee recorded a passport of their own that expires later than this one, so theirs stays.',
    },
  },
  'bulk-request-not-found': {
    title: { ar: 'الطلب الجماعي غير موجود', en: 'Bulk request not found' },
    detail: {
      ar: 'لا يوجد طلب جماعي لمنشأتك بهذا المعرّف، أو انقضت مدة الاحتفاظ به.',
      en: 'There is no bulk request of your establishment with this id, or it is past the time it is kept.',
    },
  },
  'employee-not-found': {
    title: { ar: 'الموظف غير موجود', en: 'Employee not found' },
    detail: {
      ar: 'لا يوجد موظف لدى منشأتك بهذا الرقم.',
      en: 'There is no employee of your establishment with this number.',
    },
  },
  'not-found': {
    title: { ar: 'غير موجود', en: 'Not found' },
    detail: { ar: 'لا يوجد مورد بهذا العنوان.', en: 'There is nothing at this address.' },
  },
  'method-not-allowed': {
    title: { ar: 'الطريقة غير مسموح بها', en: 'Method not allowed' },
    detail: {
      ar: 'لا يقبل هذا العنوان هذه الطريقة؛ ترويسة Allow تذكر الطرق التي يقبلها.',
      en: 'This address does not take this method; the Allow header lists the ones it takes.',
    },
  },
  'bad-request': {
    title: { ar: 'طلب غير صالح', en: 'Bad request' },
    detail: { ar: 'تعذرت قراءة الطلب بصيغة HTTP صحيحة.', en: 'The request could not be read as valid HTTP.' },
  },
  'headers-too-large': {
    title: { ar: 'ترويسات الطلب كبيرة جدًا', en: 'Request headers too large' },
    detail: { ar: 'حجم ترويسات الطلب يتجاوز الحد المسموح.', en: 'The request headers are larger than allowed.' },
  },
  'request-timeout': {
    title: { ar: 'انتهت مهلة الطلب', en: 'Request timeout' },
    detail: { ar: 'لم يصل الطلب كاملًا في الوقت المسموح.', en: 'The request did not arrive in full in time.' },
  },
  'expectation-failed': {
    title: { ar: 'تعذر تلبية التوقع', en: 'Expectation failed' },
    detail: {
      ar: 'لا يلبي الخادم إلا التوقع 100-continue في ترويسة Expect.',
      en: 'The only Expect this server meets is 100-continue.',
    },
  },
  'not-implemented': {
    title: { ar: 'غير مدعوم', en: 'Not implemented' },
    detail: {
      ar: 'لا يدعم هذا الخادم هذه الطريقة؛ وهو ليس وكيلًا.',
      en: 'This server does not support this method; it is not a proxy.',
    },
  },
  'service-unavailable': {
    title: { ar: 'الخدمة غير متاحة', en: 'Service unavailable' },
    detail: {
      ar: 'أحد مكونات الخدمة لا يستجيب الآن؛ أعد المحاولة بعد قليل.',
      en: 'A part of the service is not answering now; try again shortly.',
    },
  },
  internal: {
    title: { ar: 'خطأ داخلي', en: 'Internal error' },
    detail: {
      ar: 'حدث خطأ غير متوقع. أعد المحاولة بمفتاح عدم التكرار نفسه فلن يُنشأ طلب مكرر.',
      en: 'Something unexpected went wrong. Retry with the same Idempotency-Key: it will not create a second request.',
    },
  },
};

/** Why an uploaded file was refused, in words a resident can act on. */
export const REJECTION_TEXTS: Record<RejectionReason, LocalizedText> = {
  'size-mismatch': {
    ar: 'حجم الملف المرفوع لا يطابق الحجم المعلن؛ أعد رفع الملف نفسه.',
    en: 'The uploaded file is not the size declared; upload the same file again.',
  },
  'type-mismatch': {
    ar: 'محتوى الملف لا يطابق نوعه المعلن.',
    en: 'The file content does not match its declared type.',
  },
  'unrecognized-content': {
    ar: 'تعذر التعرف على محتوى الملف؛ أرسل ملف PDF أو JPEG أو PNG سليمًا.',
    en: 'The file content could not be recognised; send a valid PDF, JPEG or PNG file.',
  },
  'replaced-after-verification': {
    ar: 'استُبدل الملف بعد التحقق منه فحُذف.',
    en: 'The file was replaced after it had been verified, so it was removed.',
  },
};

/** Why a whole bulk file was refused before any of its lines was applied, in words staff can act on. */
export const BULK_REJECTION_TEXTS: Record<BulkRejectionCode, LocalizedText> = {
  not_utf8: {
    ar: 'الملف ليس بترميز UTF-8؛ احفظه بترميز UTF-8 (CSV UTF-8) وأعد رفعه.',
    en: 'The file is not UTF-8; save it as UTF-8 (CSV UTF-8) and upload it again.',
  },
  size_mismatch: {
    ar: 'حجم الملف المرفوع لا يطابق الحجم المعلن؛ أعد رفع الملف نفسه.',
    en: 'The uploaded file is not the size declared; upload the same file again.',
  },
  no_header: {
    ar: 'يجب أن يبدأ ملف CSV بسطر عناوين الأعمدة.',
    en: 'A CSV file must begin with a header row naming its columns.',
  },
  unknown_column: {
    ar: 'في سطر العناوين عمود غير معروف لهذا النوع من الطلبات.',
    en: 'The header row names a column this kind of request does not have.',
  },
  duplicate_column: {
    ar: 'في سطر العناوين عمود مكرر.',
    en: 'The header row names a column twice.',
  },
  missing_column: {
    ar: 'ينقص سطر العناوين عمود مطلوب لهذا النوع من الطلبات.',
    en: 'The header row lacks a column this kind of request needs.',
  },
  no_lines: {
    ar: 'لا يحتوي الملف على أي سطر بعد العناوين.',
    en: 'The file holds no line besides its header.',
  },
  too_many_lines: {
    ar: `يحتوي الملف على أكثر من ${BULK_LIMITS.maxLines.toLocaleString('ar-SA')} سطر؛ قسّمه إلى ملفات أصغر.`,
    en: `The file holds more than ${BULK_LIMITS.maxLines.toLocaleString('en')} lines; split it into smaller files.`,
  },
  unclosed_quote: {
    ar: 'علامة اقتباس مفتوحة لم تُغلق حتى نهاية الملف.',
    en: 'A quotation mark is opened and never closed before the end of the file.',
  },
  file_gone: {
    ar: 'تعذّر إكمال الملف لأنه لم يعد محفوظًا؛ السطور المذكورة أدناه طُبّقت، فارفع ملفًا بالسطور الباقية.',
    en: 'The file could not be finished as it is no longer stored; the lines reported below were applied: upload a file of the rest.',
  },
  same_file: {
    ar: 'رُفع هذا الملف نفسه في طلب جماعي سابق خلال ٣٠ يومًا، فلم يُطبَّق مرة ثانية كي لا تُقدَّم طلباته مرتين.',
    en: 'This very file was uploaded in an earlier bulk request within 30 days, so it was not applied again: its inquiries would be filed twice.',
  },
  not_uploaded: {
    ar: 'لم يُرفع الملف قبل انتهاء صلاحية نموذج الرفع؛ ابدأ طلبًا جماعيًا جديدًا.',
    en: 'The file was not uploaded before its upload form expired; start a new bulk request.',
  },
  too_late_to_resume: {
    ar: 'توقف تطبيق الملف أكثر من ٢٤ ساعة فلم يُستأنف كي لا يُطبَّق سطر مرتين؛ السطور المذكورة أدناه طُبّقت، فارفع ملفًا بالسطور الباقية.',
    en: 'Applying the file stopped for over 24 hours, so it was not resumed, lest a line be applied twice; the lines reported below were applied: upload a file of the rest.',
  },
};
