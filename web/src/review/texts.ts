import type { Texts } from '../shared/i18n/language.js';

/** The reviewer's pages: the section's queue, one inquiry and the decision on it. */
export const REVIEW_TEXTS: Texts<{
  queueTitle: string;
  queueIntro: string;
  filters: string;
  section: string;
  anySection: string;
  status: string;
  anyStatus: string;
  applyFilters: string;
  statusFilterHint: string;
  reference: string;
  requestType: string;
  submitted: string;
  dueBy: string;
  state: string;
  overdue: string;
  waitingForResident: string;
  escalated: string;
  onTime: string;
  emptyQueue: string;
  emptyPage: string;
  paging: string;
  previousPage: string;
  nextPage: string;
  firstPage: string;
  pageNumber: (page: string) => string;
  queueCaption: (section: string) => string;
  inquiryTitle: (reference: string) => string;
  inquiry: string;
  backToQueue: string;
  details: string;
  description: string;
  typicalBy: string;
  requestedDocuments: string;
  replyDueBy: string;
  replyRequestUnreached: string;
  replyRequestReachedAt: string;
  appealDueBy: string;
  closedAt: string;
  rating: (score: string) => string;
  internalNotes: string;
  noInternalNotes: string;
  byReviewer: (id: string) => string;
  byYou: string;
  decision: string;
  decisionChoice: string;
  accept: string;
  reject: string;
  requestInfo: string;
  noteToResident: string;
  noteHintAccept: string;
  noteHintReject: string;
  noteHintRequest: string;
  documentsToRequest: string;
  documentsHint: (limit: string) => string;
  documentName: (index: string) => string;
  addDocument: string;
  removeDocument: (index: string) => string;
  internalNote: string;
  internalNoteHint: string;
  send: string;
  decided: string;
  notDecidable: string;
  appealHeading: string;
  appealExplained: string;
  appealYouRejected: string;
  appealNoRequestInfo: string;
}> = {
  ar: {
    queueTitle: 'قائمة المراجعة',
    queueIntro: 'الطلبات المفتوحة في قسمك، الأقرب موعدًا للرد أولًا.',
    filters: 'تصفية القائمة',
    section: 'القسم',
    anySection: 'القسم الافتراضي',
    status: 'الحالة',
    anyStatus: 'جميع الحالات المفتوحة',
    applyFilters: 'عرض',
    statusFilterHint: 'تُطبَّق التصفية على كل صفحة بعد قراءتها، لذا قد تظهر صفحة بعدد أقل من الطلبات.',
    reference: 'رقم الطلب',
    requestType: 'نوع الطلب',
    submitted: 'تاريخ التقديم',
    dueBy: 'موعد الرد',
    state: 'الحالة',
    overdue: 'متأخر',
    waitingForResident: 'بانتظار رد المقيم',
    escalated: 'مُصعَّد إلى المشرف',
    onTime: 'ضمن المهلة',
    emptyQueue: 'لا توجد طلبات مفتوحة تطابق التصفية.',
    emptyPage: 'لا توجد طلبات أخرى في هذه الصفحة.',
    paging: 'التنقل بين الصفحات',
    previousPage: 'الصفحة السابقة',
    nextPage: 'الصفحة التالية',
    firstPage: 'الصفحة الأولى',
    pageNumber: (page) => `الصفحة ${page}`,
    queueCaption: (section) => `الطلبات المفتوحة في قسم ${section}`,
    inquiryTitle: (reference) => `الطلب ${reference}`,
    inquiry: 'الطلب',
    backToQueue: 'العودة إلى قائمة المراجعة',
    details: 'بيانات الطلب',
    description: 'وصف الطلب',
    typicalBy: 'الموعد المعتاد للرد على هذا النوع',
    requestedDocuments: 'المستندات المطلوبة من المقيم',
    replyDueBy: 'آخر موعد لرد المقيم',
    replyRequestUnreached:
      'لم يصل طلب المعلومات إلى المقيم بعد: لم تُسلَّم الرسالة ولم يفتح المقيم الطلب. لا يُغلق الطلب لعدم الرد، وتبدأ مهلة الأيام الأربعة عشر حين يصله.',
    replyRequestReachedAt: 'وصل طلب المعلومات إلى المقيم في',
    appealDueBy: 'آخر موعد للتظلّم',
    closedAt: 'تاريخ الإغلاق',
    rating: (score) => `تقييم المقيم: ${score} من ٥`,
    internalNotes: 'الملاحظات الداخلية',
    noInternalNotes: 'لا توجد ملاحظات داخلية.',
    byReviewer: (id) => `المراجع ${id}`,
    byYou: 'أنت',
    decision: 'القرار',
    decisionChoice: 'اختر القرار',
    accept: 'قبول الطلب',
    reject: 'رفض الطلب مع ذكر السبب',
    requestInfo: 'طلب معلومات أو مستندات إضافية',
    noteToResident: 'ملاحظة إلى المقيم',
    noteHintAccept: 'اختيارية. تظهر للمقيم في سجل طلبه.',
    noteHintReject: 'مطلوبة: اذكر سبب الرفض بوضوح، فهي تظهر للمقيم ويبني عليها تظلّمه.',
    noteHintRequest: 'مطلوبة: وضّح للمقيم ما المطلوب منه.',
    documentsToRequest: 'المستندات المطلوبة',
    documentsHint: (limit) => `اختيارية، حتى ${limit} مستندات. اكتب اسم كل مستند في سطر مستقل.`,
    documentName: (index) => `المستند ${index}`,
    addDocument: 'إضافة مستند',
    removeDocument: (index) => `حذف المستند ${index}`,
    internalNote: 'ملاحظة داخلية',
    internalNoteHint: 'اختيارية. لا يراها إلا المراجعون.',
    send: 'إرسال القرار',
    decided: 'سُجّل القرار.',
    notDecidable: 'لا يمكن اتخاذ قرار على الطلب في حالته الحالية.',
    appealHeading: 'تظلّم يتطلب مراجعًا آخر',
    appealExplained: 'هذا الطلب في مرحلة التظلّم: يبتّ فيه مراجع غير الذي رفضه، ويكون القرار نهائيًا بالقبول أو الرفض.',
    appealYouRejected:
      'أنت من رفض هذا الطلب، لذا لا يمكنك البتّ في التظلّم عليه؛ سيتولاه مراجع آخر من القسم ضمانًا لحياد المراجعة.',
    appealNoRequestInfo: 'لا يمكن طلب معلومات إضافية في مرحلة التظلّم.',
  },
  en: {
    queueTitle: 'Review queue',
    queueIntro: "Your section's open requests, the soonest due first.",
    filters: 'Filter the queue',
    section: 'Section',
    anySection: 'Default section',
    status: 'Status',
    anyStatus: 'All open statuses',
    applyFilters: 'Show',
    statusFilterHint: 'The status filter applies to each page after it is read, so a page may hold fewer requests.',
    reference: 'Reference',
    requestType: 'Request type',
    submitted: 'Submitted',
    dueBy: 'Answer due',
    state: 'Status',
    overdue: 'Overdue',
    waitingForResident: 'Waiting for the resident',
    escalated: 'Escalated to a supervisor',
    onTime: 'On time',
    emptyQueue: 'No open requests match the filter.',
    emptyPage: 'No more requests on this page.',
    paging: 'Pages',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    firstPage: 'First page',
    pageNumber: (page) => `Page ${page}`,
    queueCaption: (section) => `Open requests of the ${section} section`,
    inquiryTitle: (reference) => `Request ${reference}`,
    inquiry: 'Request',
    backToQueue: 'Back to the review queue',
    details: 'The request',
    description: 'Description',
    typicalBy: 'Typical answer time for this type',
    requestedDocuments: 'Documents asked of the resident',
    replyDueBy: "Resident's reply due",
    replyRequestUnreached:
      'The request for information has not reached the resident yet: the SMS was not delivered and they have not opened the request. It is not closed for no reply; the 14 days start when it reaches them.',
    replyRequestReachedAt: 'The request for information reached the resident',
    appealDueBy: 'Appeal possible until',
    closedAt: 'Closed',
    rating: (score) => `Resident's rating: ${score} of 5`,
    internalNotes: 'Internal notes',
    noInternalNotes: 'No internal notes.',
    byReviewer: (id) => `Reviewer ${id}`,
    byYou: 'You',
    decision: 'Decision',
    decisionChoice: 'Choose the decision',
    accept: 'Accept the request',
    reject: 'Reject it, giving the reason',
    requestInfo: 'Ask for more information or documents',
    noteToResident: 'Note to the resident',
    noteHintAccept: "Optional. The resident reads it in the request's history.",
    noteHintReject: 'Required: say clearly why. The resident reads it and may appeal against it.',
    noteHintRequest: 'Required: tell the resident what is needed.',
    documentsToRequest: 'Documents requested',
    documentsHint: (limit) => `Optional, up to ${limit}. One document per row.`,
    documentName: (index) => `Document ${index}`,
    addDocument: 'Add a document',
    removeDocument: (index) => `Remove document ${index}`,
    internalNote: 'Internal note',
    internalNoteHint: 'Optional. Only reviewers see it.',
    send: 'Send the decision',
    decided: 'The decision was recorded.',
    notDecidable: 'No decision can be made on this request as it stands.',
    appealHeading: 'An appeal needs another reviewer',
    appealExplained:
      'This request is under appeal: a reviewer other than the one who rejected it decides, and that decision — accept or reject — is final.',
    appealYouRejected:
      'You rejected this request, so you cannot decide its appeal; another reviewer of the section will, so that the appeal gets a fresh look.',
    appealNoRequestInfo: 'More information cannot be asked for during an appeal.',
  },
};
