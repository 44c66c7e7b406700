import type { Texts } from '../shared/i18n/language.js';

/** The words of a resident's own requests: filing one, the list, one request and what can be done with it. */
export const RESIDENT_INQUIRY_TEXTS: Texts<{
  newTitle: string;
  newIntro: string;
  requestFieldset: string;
  section: string;
  chooseSection: string;
  category: string;
  chooseCategory: string;
  categoryAfterSection: string;
  description: string;
  descriptionHint: (min: string) => string;
  submit: string;
  filed: (reference: string) => string;
  uploadsHeading: string;
  goToRequest: string;
  categoriesFailed: string;
  listTitle: string;
  listEmpty: string;
  fileOne: string;
  reference: string;
  type: string;
  status: string;
  filedOn: string;
  dueBy: string;
  more: string;
  notFound: string;
  notFoundDetail: string;
  backToList: string;
  requestTitle: string;
  details: string;
  sectionName: string;
  typicalBy: string;
  yourDescription: string;
  reviewerNote: string;
  requestedDocuments: string;
  replyDueBy: string;
  waitForUploads: string;
  replyLegend: string;
  message: string;
  sendReply: string;
  replied: string;
  appealLegend: string;
  appealWithin: (until: string) => string;
  reason: string;
  sendAppeal: string;
  appealed: string;
  ratingLegend: string;
  score: string;
  scores: Record<1 | 2 | 3 | 4 | 5, string>;
  comment: string;
  sendRating: string;
  rated: string;
  yourRating: (score: string) => string;
  closedNoResponse: string;
  closedOn: string;
}> = {
  ar: {
    newTitle: 'تقديم طلب جديد',
    newIntro: 'اختر القسم ونوع الطلب، ثم صف طلبك. يمكنك إرفاق المستندات الداعمة.',
    requestFieldset: 'نوع الطلب',
    section: 'القسم',
    chooseSection: 'اختر القسم',
    category: 'نوع الطلب',
    chooseCategory: 'اختر نوع الطلب',
    categoryAfterSection: 'اختر القسم أولًا لتظهر أنواع الطلبات التابعة له.',
    description: 'وصف الطلب',
    descriptionHint: (min) => `اذكر تفاصيل طلبك بوضوح، في ${min} أحرف على الأقل.`,
    submit: 'تقديم الطلب',
    filed: (reference) => `تم تقديم طلبك برقم ${reference}.`,
    uploadsHeading: 'رفع المرفقات',
    goToRequest: 'عرض الطلب',
    categoriesFailed: 'تعذّر تحميل أنواع الطلبات.',
    listTitle: 'طلباتي',
    listEmpty: 'لم تقدّم أي طلب بعد.',
    fileOne: 'تقديم طلب جديد',
    reference: 'رقم الطلب',
    type: 'نوع الطلب',
    status: 'الحالة',
    filedOn: 'تاريخ التقديم',
    dueBy: 'موعد الرد المتوقع',
    more: 'عرض المزيد',
    notFound: 'الطلب غير موجود',
    notFoundDetail: 'لا يوجد طلب بهذا الرقم بين طلباتك. تحقّق من الرقم أو ارجع إلى قائمة طلباتك.',
    backToList: 'العودة إلى طلباتي',
    requestTitle: 'الطلب رقم',
    details: 'بيانات الطلب',
    sectionName: 'القسم',
    typicalBy: 'الموعد المعتاد للرد على هذا النوع',
    yourDescription: 'وصف الطلب',
    reviewerNote: 'ملاحظة المراجع',
    requestedDocuments: 'المستندات المطلوبة',
    replyDueBy: 'آخر موعد للرد',
    waitForUploads: 'انتظر اكتمال رفع المرفقات قبل الإرسال.',
    replyLegend: 'الرد على طلب المعلومات',
    message: 'ردّك',
    sendReply: 'إرسال الرد',
    replied: 'تم إرسال ردّك، وسيعود الطلب إلى المراجعة.',
    appealLegend: 'التظلّم من القرار',
    appealWithin: (until) => `يمكنك التظلّم من هذا القرار حتى ${until}.`,
    reason: 'أسباب التظلّم',
    sendAppeal: 'تقديم التظلّم',
    appealed: 'تم تقديم تظلّمك، وسيراجعه مراجع آخر.',
    ratingLegend: 'قيّم الخدمة',
    score: 'تقييمك',
    scores: { 1: '١ – غير راضٍ إطلاقًا', 2: '٢ – غير راضٍ', 3: '٣ – محايد', 4: '٤ – راضٍ', 5: '٥ – راضٍ جدًا' },
    comment: 'تعليقك (اختياري)',
    sendRating: 'إرسال التقييم',
    rated: 'شكرًا لك على تقييمك.',
    yourRating: (score) => `تقييمك: ${score} من ٥`,
    closedNoResponse: 'أُغلق الطلب لعدم ورود رد خلال المدة المحددة.',
    closedOn: 'تاريخ الإغلاق',
  },
  en: {
    newTitle: 'File a new request',
    newIntro: 'Choose the section and the type of request, then describe it. You can attach supporting documents.',
    requestFieldset: 'Type of request',
    section: 'Section',
    chooseSection: 'Choose a section',
    category: 'Type of request',
    chooseCategory: 'Choose a type of request',
    categoryAfterSection: 'Choose a section first to see its types of request.',
    description: 'Description',
    descriptionHint: (min) => `Describe your request clearly, in at least ${min} characters.`,
    submit: 'File the request',
    filed: (reference) => `Your request was filed with the number ${reference}.`,
    uploadsHeading: 'Uploading attachments',
    goToRequest: 'View the request',
    categoriesFailed: 'The types of request could not be loaded.',
    listTitle: 'My requests',
    listEmpty: 'You have not filed any request yet.',
    fileOne: 'File a new request',
    reference: 'Request number',
    type: 'Type',
    status: 'Status',
    filedOn: 'Filed on',
    dueBy: 'Answer expected by',
    more: 'Show more',
    notFound: 'Request not found',
    notFoundDetail: 'None of your requests has this number. Check the number, or go back to your requests.',
    backToList: 'Back to my requests',
    requestTitle: 'Request',
    details: 'Request details',
    sectionName: 'Section',
    typicalBy: 'Usually answered by',
    yourDescription: 'Description',
    reviewerNote: 'The reviewer’s note',
    requestedDocuments: 'Documents requested',
    replyDueBy: 'Reply by',
    waitForUploads: 'Wait until the attachments are uploaded before sending.',
    replyLegend: 'Reply to the request for information',
    message: 'Your reply',
    sendReply: 'Send the reply',
    replied: 'Your reply was sent; the request goes back to review.',
    appealLegend: 'Appeal the decision',
    appealWithin: (until) => `You can appeal this decision until ${until}.`,
    reason: 'Grounds for the appeal',
    sendAppeal: 'File the appeal',
    appealed: 'Your appeal was filed; another reviewer will consider it.',
    ratingLegend: 'Rate the service',
    score: 'Your rating',
    scores: {
      1: '1 – very dissatisfied',
      2: '2 – dissatisfied',
      3: '3 – neutral',
      4: '4 – satisfied',
      5: '5 – very satisfied',
    },
    comment: 'Your comment (optional)',
    sendRating: 'Send the rating',
    rated: 'Thank you for your rating.',
    yourRating: (score) => `Your rating: ${score} of 5`,
    closedNoResponse: 'The request was closed because no reply came within the time allowed.',
    closedOn: 'Closed on',
  },
};
