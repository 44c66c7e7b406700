import type { Attachment } from '../../functions/domain/attachments/attachment.js';
import type { BulkRequest } from '../../functions/domain/establishments/bulk-request.js';
import { CATEGORY_CODES, type Category, sectionOf } from '../../functions/domain/inquiries/categories.js';
import type { FiledForEmployee, Inquiry } from '../../functions/domain/inquiries/inquiry.js';
import { employeeOwnerId } from '../../functions/domain/inquiries/inquiry-owner.js';
import type { Reference } from '../../functions/domain/inquiries/reference.js';
import type { ResidentDocument } from '../../functions/domain/residents/resident-document.js';
import { addDays } from '../../functions/domain/shared/calendar-date.js';
import type { TextLocale } from '../../functions/domain/shared/locale.js';
import {
  type DayCounts,
  emptyDayCounts,
  HOUR_BUCKETS,
  WORKING_DAY_BUCKETS,
} from '../../functions/domain/stats/day-counts.js';
import type { ProcessingTimes, RequestTypeProcessingTime } from '../../functions/domain/stats/processing-times.js';
import { reviewStats } from '../../functions/domain/stats/review-stats.js';
import {
  bulkReportView,
  newBulkRequestView,
} from '../../functions/handlers/establishments/bulk-request-representation.js';
import {
  employeeInquiryDetail,
  employeeInquirySummary,
} from '../../functions/handlers/establishments/employee-inquiry-representation.js';
import { employeeDocumentView } from '../../functions/handlers/establishments/employee-representation.js';
import { categoryList } from '../../functions/handlers/inquiries/category-representation.js';
import { processingTimesAnswer } from '../../functions/handlers/stats/processing-times-representation.js';
import { attachmentView } from '../../functions/http/attachment-representation.js';
import { documentView } from '../../functions/http/document-representation.js';
import { inquiryDetail, inquirySummary, reviewerDetail } from '../../functions/http/inquiry-representation.js';
import type { Notification } from '../../functions/http/notification-representation.js';

/** One example per language the API writes its texts in: what a resident writing Arabic or English sends and sees. */
export type Bilingual = Record<TextLocale, unknown>;

const REFERENCE = 'TW-7K3M-9QXD-2HPJ' as Reference;
const ATTACHMENT_ID = '3f2b8c1e-5a4d-4e7f-9b0a-1c2d3e4f5a6b';
const NOW = new Date('2026-11-02T09:30:00.000Z');

const DESCRIPTIONS: Record<TextLocale, string> = {
  ar: 'انتهت إقامتي قبل أسبوعين ولم أستطع تجديدها عبر أبشر بسبب رسالة خطأ. ما الذي يجب علي فعله؟',
  en: 'My iqama expired two weeks ago and Absher shows an error when I try to renew it. What should I do?',
};
const NOTES: Record<TextLocale, string> = {
  ar: 'يرجى إرفاق صورة جواز السفر ساري المفعول.',
  en: 'Please attach a copy of your valid passport.',
};
const DOCUMENTS: Record<TextLocale, string> = { ar: 'صورة جواز السفر', en: 'Passport copy' };
const RATING_COMMENTS: Record<TextLocale, string> = {
  ar: 'خدمة سريعة وواضحة، شكرًا.',
  en: 'Quick and clear, thank you.',
};

const REPLIES: Record<TextLocale, string> = {
  ar: 'أرفقت صورة الجواز كما طلبتم.',
  en: 'I attached the passport copy you asked for.',
};

const inquiry = (locale: TextLocale): Inquiry => ({
  reference: REFERENCE,
  residentId: 'resident-example',
  category: 'IQAMA_LATE_RENEWAL',
  section: 'RESIDENCY',
  description: DESCRIPTIONS[locale],
  status: 'NEEDS_INFO',
  createdAt: '2026-11-01T08:15:00.000Z',
  updatedAt: '2026-11-02T09:30:00.000Z',
  expectedResponseBy: '2026-11-08T23:59:59.999+03:00',
  // 4 working days: what the processing times below publish for IQAMA_LATE_RENEWAL.
  typicalResponseBy: '2026-11-05T23:59:59.999+03:00',
  contact: { phone: '+966500000001', locale },
  timeline: [
    { at: '2026-11-01T08:15:00.000Z', actor: 'resident', status: 'SUBMITTED' },
    { at: '2026-11-01T08:15:01.000Z', actor: 'system', status: 'UNDER_REVIEW' },
    { at: '2026-11-02T09:30:00.000Z', actor: 'reviewer', status: 'NEEDS_INFO', note: NOTES[locale] },
  ],
  requestedDocuments: [DOCUMENTS[locale]],
  replyDueBy: '2026-11-16T09:30:00.000Z',
  internalNotes: [{ at: '2026-11-02T09:30:00.000Z', reviewerId: 'reviewer-example', note: NOTES[locale] }],
});

/** The same case, filed by the employee's establishment. */
const filedForEmployee = (locale: TextLocale): FiledForEmployee => ({
  ...inquiry(locale),
  residentId: employeeOwnerId(passport.iqamaNumber),
  submittedBy: { establishmentId: '7001234567', iqamaNumber: passport.iqamaNumber, staffId: 'staff-example' },
  timeline: inquiry(locale).timeline.map((entry, index) =>
    index === 0 ? { ...entry, actor: 'establishment' } : entry,
  ),
});

const attachment: Attachment = {
  inquiryReference: REFERENCE,
  attachmentId: ATTACHMENT_ID,
  fileName: 'passport.pdf',
  contentType: 'application/pdf',
  size: 482133,
  status: 'VERIFIED',
  createdAt: '2026-11-02T10:00:00.000Z',
  uploadExpiresAt: '2026-11-02T10:10:00.000Z',
};

const passport: ResidentDocument = {
  iqamaNumber: '2000000006',
  documentId: 'passport-example',
  type: 'PASSPORT',
  number: 'P12345678',
  expiresOn: '2031-10-31',
  issuedOn: '2026-11-01',
  holder: { kind: 'RESIDENT' },
  contact: { locale: 'ar', smsReminders: true },
  source: 'RESIDENT',
};

/** Figures as a refresh publishes them: a few types with enough first decisions, the others too few. */
type PublishedFigure = Omit<Extract<RequestTypeProcessingTime, { withinWorkingDays: unknown }>, 'category' | 'section'>;
const PUBLISHED_FIGURES: Partial<Record<Category, PublishedFigure>> = {
  IQAMA_LATE_RENEWAL: { basedOn: 212, withinWorkingDays: { atMost: 4 } },
  IQAMA_ISSUANCE_RENEWAL: { basedOn: 1840, withinWorkingDays: { atMost: 2 } },
  EXIT_REENTRY_VISA: { basedOn: 965, withinWorkingDays: { atMost: 3 } },
  PROCEDURE_COMPLAINT: { basedOn: 74, withinWorkingDays: { moreThan: 30 } },
};
const processingTimes: ProcessingTimes = {
  computedAt: '2026-11-01T23:30:00.000Z',
  window: { from: '2026-05-06', to: '2026-11-01' },
  requestTypes: CATEGORY_CODES.map(
    (category) =>
      ({
        category,
        section: sectionOf(category),
        ...(PUBLISHED_FIGURES[category] ?? { basedOn: 12, insufficientData: true }),
      }) as RequestTypeProcessingTime,
  ),
};

const histogram = (length: number, counts: Record<number, number>) =>
  Array.from({ length }, (_, index) => counts[index] ?? 0);

/** A week of the residency section: a late-renewal wave against a quiet month before it. */
const residencyWeek = (): unknown => {
  const counts = (changes: Partial<DayCounts>): DayCounts => ({ ...emptyDayCounts(), ...changes });
  const week = counts({
    submitted: 14,
    accepted: 9,
    rejected: 2,
    closedNoResponse: 1,
    appealsFiled: 1,
    appealsUpheld: 1,
    slaBreaches: 1,
    needsInfoRounds: 3,
    ratingCount: 4,
    ratingSum: 17,
    ratingScores: [0, 0, 1, 1, 2],
    workingDays: histogram(WORKING_DAY_BUCKETS, { 1: 3, 2: 4, 4: 3, 9: 1 }),
    hours: histogram(HOUR_BUCKETS, { 4: 3, 5: 4, 7: 3, 9: 1 }),
  });
  const monthBefore = [7, 14, 21, 28].map((daysBefore) => ({
    day: addDays('2026-10-31', -daysBefore),
    section: 'RESIDENCY' as const,
    category: 'IQAMA_LATE_RENEWAL' as const,
    counts: counts({ submitted: 4 }),
  }));
  return {
    section: 'RESIDENCY',
    ...reviewStats({
      days: [{ day: '2026-10-28', section: 'RESIDENCY', category: 'IQAMA_LATE_RENEWAL', counts: week }, ...monthBefore],
      gauges: [{ section: 'RESIDENCY', category: 'IQAMA_LATE_RENEWAL', open: 12, overdue: 2 }],
      sections: ['RESIDENCY'],
      from: '2026-10-25',
      to: '2026-10-31',
      groupBy: 'week',
      risingUpTo: '2026-10-31',
    }),
  };
};

const both = (example: (locale: TextLocale) => unknown): Bilingual => ({ ar: example('ar'), en: example('en') });
const same = (example: unknown): Bilingual => ({ ar: example, en: example });

/** Request bodies, by route id: an Arabic and an English one wherever the body holds a person's words. */
export const REQUEST_EXAMPLES: Record<string, Bilingual> = {
  SubmitInquiry: both((locale) => ({ category: 'IQAMA_LATE_RENEWAL', description: DESCRIPTIONS[locale] })),
  RequestUpload: same({ fileName: 'passport.pdf', contentType: 'application/pdf', size: 482133 }),
  RequestEmployeeUpload: same({ fileName: 'employment-contract.pdf', contentType: 'application/pdf', size: 482133 }),
  DecideInquiry: both((locale) => ({
    decision: 'REQUEST_INFO',
    note: NOTES[locale],
    requestedDocuments: [DOCUMENTS[locale]],
  })),
  ReplyToInquiry: both((locale) => ({ message: REPLIES[locale], attachmentIds: [ATTACHMENT_ID] })),
  ReplyToEmployeeInquiry: both((locale) => ({ message: REPLIES[locale], attachmentIds: [ATTACHMENT_ID] })),
  AppealInquiry: both((locale) => ({
    reason: {
      ar: 'أرفقت ما يثبت أن التأخير كان بسبب عطل في النظام.',
      en: 'I attached proof that the delay was caused by a system fault.',
    }[locale],
  })),
  RateInquiry: both((locale) => ({
    score: 5,
    comment: RATING_COMMENTS[locale],
  })),
  UpdatePassport: same({ passportNumber: 'P12345678', issueDate: '2026-11-01', expiryDate: '2031-10-31' }),
  UpdateEmployeePassport: same({ passportNumber: 'P12345678', issueDate: '2026-11-01', expiryDate: '2031-10-31' }),
  UpdatePreferences: same({ locale: 'ar', smsReminders: true }),
  SubmitEmployeeInquiry: both((locale) => ({
    iqamaNumber: passport.iqamaNumber,
    category: 'IQAMA_LATE_RENEWAL',
    description: DESCRIPTIONS[locale],
  })),
  RequestBulkUpload: same({ kind: 'PASSPORT_UPDATES', fileName: 'renewals.csv', contentType: 'text/csv', size: 4096 }),
};

const bulkRequest: BulkRequest = {
  bulkRequestId: '3f0c6b2e-8d1a-4c5e-9b7f-2a4d6e8f0a1c',
  establishmentId: '7001234567',
  kind: 'PASSPORT_UPDATES',
  fileName: 'renewals.csv',
  contentType: 'text/csv',
  size: 4096,
  status: 'PENDING',
  requestedBy: { staffId: 'staff-1', locale: 'ar' },
  createdAt: '2026-11-01T08:15:00.000Z',
  uploadExpiresAt: '2026-11-01T08:30:00.000Z',
  chunksDone: 0,
  processed: 0,
  succeeded: 0,
  failed: 0,
  repeated: 0,
};

/** The SMS of the example inquiry: its receipt notice delivered, its request for information not (yet) reached. */
const NOTIFICATIONS: Notification[] = [
  {
    message: 'RECEIVED',
    recipient: 'RESIDENT',
    sentAt: '2026-11-01T08:15:02.000Z',
    delivery: 'DELIVERED',
    deliveredAt: '2026-11-01T08:15:09.000Z',
  },
  {
    message: 'NEEDS_INFO',
    recipient: 'RESIDENT',
    sentAt: '2026-11-02T09:30:01.000Z',
    delivery: 'FAILED',
    failureReason: 'Phone is currently unreachable/unavailable',
  },
];

/** Success bodies, by route id, made by the very representations the handlers answer with. */
export const RESPONSE_EXAMPLES: Record<string, Bilingual> = {
  ListCategories: both(categoryList),
  SubmitInquiry: both((locale) =>
    inquiryDetail(
      {
        ...inquiry(locale),
        status: 'SUBMITTED',
        timeline: inquiry(locale).timeline.slice(0, 1),
        requestedDocuments: undefined,
        replyDueBy: undefined,
      },
      locale,
    ),
  ),
  ListInquiries: both((locale) => ({ items: [inquirySummary(inquiry(locale), locale)] })),
  GetInquiry: both((locale) => inquiryDetail(inquiry(locale), locale, NOTIFICATIONS)),
  RequestUpload: both((locale) => ({
    ...attachmentView({ ...attachment, status: 'PENDING' }, locale),
    upload: {
      url: 'https://attachments.example.s3.me-south-1.amazonaws.com/',
      fields: { key: `attachments/${REFERENCE}/${ATTACHMENT_ID}`, 'Content-Type': 'application/pdf' },
      expiresAt: attachment.uploadExpiresAt,
    },
  })),
  RequestEmployeeUpload: both((locale) => ({
    ...attachmentView({ ...attachment, status: 'PENDING' }, locale),
    upload: {
      url: 'https://attachments.example.s3.me-south-1.amazonaws.com/',
      fields: { key: `attachments/${REFERENCE}/${ATTACHMENT_ID}`, 'Content-Type': 'application/pdf' },
      expiresAt: attachment.uploadExpiresAt,
    },
  })),
  ListAttachments: both((locale) => ({ items: [attachmentView(attachment, locale)] })),
  GetAttachment: both((locale) => ({
    ...attachmentView(attachment, locale),
    downloadUrl: `https://attachments.example.s3.me-south-1.amazonaws.com/attachments/${REFERENCE}/${ATTACHMENT_ID}`,
  })),
  ListReviewQueue: both((locale) => ({
    section: 'RESIDENCY',
    items: [{ ...inquirySummary(inquiry(locale), locale), overdue: false, escalated: false }],
  })),
  GetReviewInquiry: both((locale) =>
    reviewerDetail(inquiry(locale), locale, { notifications: NOTIFICATIONS, replyRequestReachedAt: undefined }),
  ),
  DecideInquiry: both((locale) => reviewerDetail(inquiry(locale), locale)),
  ReplyToInquiry: both((locale) =>
    inquiryDetail(
      {
        ...inquiry(locale),
        status: 'UNDER_REVIEW',
        requestedDocuments: undefined,
        replyDueBy: undefined,
        timeline: [
          ...inquiry(locale).timeline,
          { at: '2026-11-03T07:00:00.000Z', actor: 'resident', status: 'UNDER_REVIEW', attachmentIds: [ATTACHMENT_ID] },
        ],
      },
      locale,
    ),
  ),
  AppealInquiry: both((locale) =>
    inquiryDetail(
      { ...inquiry(locale), status: 'APPEALED', requestedDocuments: undefined, replyDueBy: undefined },
      locale,
    ),
  ),
  RateInquiry: both((locale) =>
    inquiryDetail(
      {
        ...inquiry(locale),
        status: 'ACCEPTED',
        closedAt: '2026-11-05T12:00:00.000Z',
        rating: { score: 5, comment: RATING_COMMENTS[locale], at: '2026-11-06T12:00:00.000Z' },
        requestedDocuments: undefined,
        replyDueBy: undefined,
      },
      locale,
    ),
  ),
  ListDocuments: same({ items: [documentView(passport, NOW)] }),
  UpdatePassport: same(documentView(passport, NOW)),
  ListEmployees: same({
    items: [{ iqamaNumber: passport.iqamaNumber, document: employeeDocumentView(passport, NOW) }],
  }),
  GetEmployee: same({ iqamaNumber: passport.iqamaNumber, documents: [employeeDocumentView(passport, NOW)] }),
  UpdateEmployeePassport: same(documentView({ ...passport, source: 'ESTABLISHMENT' }, NOW)),
  SubmitEmployeeInquiry: both((locale) =>
    employeeInquiryDetail(
      {
        ...filedForEmployee(locale),
        status: 'SUBMITTED',
        timeline: [{ at: '2026-11-01T08:15:00.000Z', actor: 'establishment', status: 'SUBMITTED' }],
        requestedDocuments: undefined,
        replyDueBy: undefined,
      },
      locale,
    ),
  ),
  ListEmployeeInquiries: both((locale) => ({ items: [employeeInquirySummary(filedForEmployee(locale), locale)] })),
  GetEmployeeInquiry: both((locale) => employeeInquiryDetail(filedForEmployee(locale), locale, NOTIFICATIONS)),
  ReplyToEmployeeInquiry: both((locale) =>
    employeeInquiryDetail(
      {
        ...filedForEmployee(locale),
        status: 'UNDER_REVIEW',
        timeline: [
          ...filedForEmployee(locale).timeline,
          { at: '2026-11-03T10:00:00.000Z', actor: 'establishment', status: 'UNDER_REVIEW', note: REPLIES[locale] },
        ],
        requestedDocuments: undefined,
        replyDueBy: undefined,
      },
      locale,
    ),
  ),
  RequestBulkUpload: same(
    newBulkRequestView(bulkRequest, {
      url: 'https://attachments.example.s3.me-south-1.amazonaws.com/',
      fields: { key: `bulk-requests/7001234567/${bulkRequest.bulkRequestId}`, 'Content-Type': 'text/csv' },
      expiresAt: bulkRequest.uploadExpiresAt,
    }),
  ),
  GetBulkRequest: both((locale) =>
    bulkReportView(
      {
        request: {
          ...bulkRequest,
          status: 'DONE',
          fileVersion: 'v1',
          startedAt: '2026-11-01T08:16:02.000Z',
          finishedAt: '2026-11-01T08:16:04.000Z',
          lines: 3,
          chunksDone: 1,
          processed: 3,
          succeeded: 2,
          failed: 1,
          repeated: 0,
        },
        errors: [{ line: 4, issues: [{ pointer: '/iqamaNumber', code: 'not_an_employee' }] }],
        results: [
          { line: 2, iqamaNumber: passport.iqamaNumber, repeated: false },
          { line: 3, iqamaNumber: '2000000014', repeated: false },
        ],
      },
      locale,
    ),
  ),
  GetPreferences: same({ locale: 'ar', smsReminders: true }),
  UpdatePreferences: same({ locale: 'ar', smsReminders: true }),
  GetProcessingTimes: both((locale) => processingTimesAnswer(processingTimes, locale)),
  GetReviewStats: same(residencyWeek()),
};
