import * as v from 'valibot';
import { CATEGORIES, CATEGORY_CODES, SECTION_CODES, SECTIONS } from '../domain/inquiries/categories.js';
import { ACTORS, CLOSE_REASONS, INQUIRY_STATUSES, type Inquiry, TIMELINE_EVENTS } from '../domain/inquiries/inquiry.js';
import { addDays, REVIEW_RULES } from '../domain/review/review-rules.js';
import type { TextLocale } from '../domain/shared/locale.js';
import { NOTIFICATIONS, type Notification } from './notification-representation.js';

export const inquiryPath = (reference: string) => `/v1/inquiries/${reference}`;

const instant = () => v.pipe(v.string(), v.isoTimestamp());

const ReferenceSchema = v.pipe(
  v.string(),
  v.description('The request number, canonical form: TW and three groups of four Crockford base32 symbols.'),
  v.regex(/^TW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/),
);

const SubmittedBySchema = v.pipe(
  v.object({
    kind: v.picklist(['ESTABLISHMENT']),
    establishmentId: v.pipe(v.string(), v.regex(/^7\d{9}$/), v.description("The establishment's unified number.")),
  }),
  v.title('SubmittedBy'),
  v.description(
    'Who filed the inquiry for the resident: their employer, through the establishment services. Absent when the resident filed it.',
  ),
);

export const InquirySummarySchema = v.pipe(
  v.object({
    reference: ReferenceSchema,
    submittedBy: v.optional(SubmittedBySchema),
    status: v.picklist(INQUIRY_STATUSES),
    category: v.picklist(CATEGORY_CODES),
    categoryName: v.pipe(v.string(), v.description("The request type's name in the caller's language.")),
    section: v.picklist(SECTION_CODES),
    sectionName: v.pipe(v.string(), v.description("The section's name in the caller's language.")),
    description: v.string(),
    createdAt: instant(),
    updatedAt: instant(),
    expectedResponseBy: v.pipe(instant(), v.description('When an answer is due: the service level, in working days.')),
    typicalResponseBy: v.optional(
      v.pipe(
        instant(),
        v.description(
          'When inquiries of this type were typically answered lately: the submission plus the working days within which 80 % of those decided in the last 180 days were decided (GET /v1/processing-times), as published when it was filed. Absent when the type had too few decisions to say.',
        ),
      ),
    ),
  }),
  v.title('InquirySummary'),
);

/** What a resident sees of an inquiry in a list: no timeline, nothing about other people. */
export const inquirySummary = (inquiry: Inquiry, locale: TextLocale): v.InferOutput<typeof InquirySummarySchema> => ({
  reference: inquiry.reference,
  ...(inquiry.submittedBy && {
    submittedBy: { kind: 'ESTABLISHMENT' as const, establishmentId: inquiry.submittedBy.establishmentId },
  }),
  status: inquiry.status,
  category: inquiry.category,
  categoryName: CATEGORIES[inquiry.category].name[locale],
  section: inquiry.section,
  sectionName: SECTIONS[inquiry.section][locale],
  description: inquiry.description,
  createdAt: inquiry.createdAt,
  updatedAt: inquiry.updatedAt,
  expectedResponseBy: inquiry.expectedResponseBy,
  ...(inquiry.typicalResponseBy && { typicalResponseBy: inquiry.typicalResponseBy }),
});

const TimelineEntrySchema = v.pipe(
  v.object({
    at: instant(),
    actor: v.picklist(ACTORS),
    status: v.optional(v.picklist(INQUIRY_STATUSES)),
    event: v.optional(v.picklist(TIMELINE_EVENTS)),
    attachmentId: v.optional(v.string()),
    attachmentIds: v.optional(v.array(v.string())),
    note: v.optional(v.string()),
  }),
  v.title('TimelineEntry'),
);

export const InquiryDetailSchema = v.pipe(
  v.object({
    ...InquirySummarySchema.pipe[0].entries,
    requestedDocuments: v.optional(v.array(v.string())),
    replyDueBy: v.optional(instant()),
    appealDueBy: v.optional(v.pipe(instant(), v.description('Until when a rejection may be appealed.'))),
    closedAt: v.optional(instant()),
    closeReason: v.optional(v.picklist(CLOSE_REASONS)),
    rating: v.optional(v.object({ score: v.number(), comment: v.optional(v.string()), at: instant() })),
    timeline: v.array(TimelineEntrySchema),
    notifications: NOTIFICATIONS,
  }),
  v.title('InquiryDetail'),
);

/**
 * The resident's whole view of their inquiry: what they are asked for, by when, and what was
 * decided; and, where the route reads them, the SMS sent about it.
 */
export const inquiryDetail = (
  inquiry: Inquiry,
  locale: TextLocale,
  notifications?: Notification[],
): v.InferOutput<typeof InquiryDetailSchema> => ({
  ...inquirySummary(inquiry, locale),
  ...(inquiry.requestedDocuments && { requestedDocuments: inquiry.requestedDocuments }),
  ...(inquiry.replyDueBy && { replyDueBy: inquiry.replyDueBy }),
  ...(inquiry.appealDueBy && !inquiry.appealed && !inquiry.closedAt && { appealDueBy: inquiry.appealDueBy }),
  ...(inquiry.closedAt && { closedAt: inquiry.closedAt }),
  ...(inquiry.closeReason && { closeReason: inquiry.closeReason }),
  ...(inquiry.rating && { rating: inquiry.rating }),
  timeline: inquiry.timeline.map(({ at, status, event, attachmentId, attachmentIds, actor, note }) => ({
    at,
    actor,
    ...(status && { status }),
    ...(event && { event, attachmentId }),
    ...(attachmentIds && { attachmentIds }),
    ...(note && { note }),
  })),
  ...(notifications && { notifications }),
});

export const ReviewerDetailSchema = v.pipe(
  v.object({
    ...InquiryDetailSchema.pipe[0].entries,
    escalated: v.pipe(v.boolean(), v.description('The answer is overdue: supervisors see it first.')),
    rejectedBy: v.optional(v.pipe(v.string(), v.description('The reviewer who rejected; an appeal goes to another.'))),
    internalNotes: v.array(v.object({ at: instant(), reviewerId: v.string(), note: v.string() })),
    replyRequest: v.optional(
      v.pipe(
        v.object({
          reached: v.pipe(
            v.boolean(),
            v.description(
              'Whether the request reached the resident: an SMS asking for the reply delivered, or the inquiry opened by them (or by the establishment that filed it). Until it has, the case is never closed for no reply.',
            ),
          ),
          reachedAt: v.optional(instant()),
          replyDueBy: v.optional(
            v.pipe(instant(), v.description('14 days from when it reached them; absent while it has not.')),
          ),
        }),
        v.title('ReplyRequest'),
        v.description('While the inquiry waits for information: whether the request reached whoever must answer it.'),
      ),
    ),
  }),
  v.title('ReviewerInquiry'),
);

/** A reviewer sees what the resident sees, plus escalation, who rejected (for the appeal) and internal notes. */
export const reviewerDetail = (
  inquiry: Inquiry,
  locale: TextLocale,
  read?: { notifications: Notification[]; replyRequestReachedAt: string | undefined },
): v.InferOutput<typeof ReviewerDetailSchema> => ({
  ...inquiryDetail(inquiry, locale, read?.notifications),
  escalated: inquiry.escalated === true,
  ...(inquiry.rejectedBy && { rejectedBy: inquiry.rejectedBy }),
  internalNotes: inquiry.internalNotes ?? [],
  ...(read && inquiry.status === 'NEEDS_INFO' && { replyRequest: replyRequestView(read.replyRequestReachedAt) }),
});

const replyRequestView = (reachedAt: string | undefined) =>
  reachedAt
    ? {
        reached: true,
        reachedAt,
        replyDueBy: addDays(new Date(reachedAt), REVIEW_RULES.replyDays).toISOString(),
      }
    : { reached: false };

export const QueueItemSchema = v.pipe(
  v.object({
    ...InquirySummarySchema.pipe[0].entries,
    overdue: v.pipe(v.boolean(), v.description('The expected answer time has passed.')),
    escalated: v.boolean(),
  }),
  v.title('QueueItem'),
);
