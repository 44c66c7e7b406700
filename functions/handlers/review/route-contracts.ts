import * as v from 'valibot';
import { SECTION_CODES } from '../../domain/inquiries/categories.js';
import { OPEN_STATUSES } from '../../domain/inquiries/inquiry.js';
import { InquiryDetailSchema, QueueItemSchema, ReviewerDetailSchema } from '../../http/inquiry-representation.js';
import { NEXT_CURSOR, PAGE_QUERY } from '../../http/page-query.js';
import { attachmentIds, messageText, ReplyBodySchema, TEXT_BODY_BYTES } from '../../http/reply-request.js';
import type { RouteContracts } from '../../http/route-contract.js';
import { text } from '../../http/validation.js';

const NOTE_LIMITS = { min: 1, max: 2000 } as const;
const DOCUMENT_NAME_LIMITS = { min: 1, max: 200 } as const;
const MAX_REQUESTED_DOCUMENTS = 10;

// For other reviewers only, never shown to the resident (the operation says so: a description here would hide the limits').
const internalNote = v.optional(text(NOTE_LIMITS));

const followUpProblems = ['inquiry-not-found', 'transition-not-allowed', 'concurrent-change'] as const;

export const ROUTE_CONTRACTS = {
  ListReviewQueue: {
    summary: "A section's review queue",
    description:
      'The open inquiries of one of the reviewer’s sections, the soonest due first. `section` may be left out by a reviewer of one section only.',
    roles: ['reviewer'],
    query: v.strictObject({
      section: v.optional(v.picklist(SECTION_CODES)),
      status: v.optional(v.picklist(OPEN_STATUSES)),
      ...PAGE_QUERY,
    }),
    success: {
      status: 200,
      description: 'A page of the queue.',
      schema: v.pipe(
        v.object({ section: v.picklist(SECTION_CODES), items: v.array(QueueItemSchema), nextCursor: NEXT_CURSOR }),
        v.title('ReviewQueuePage'),
      ),
    },
    problems: [],
  },
  GetReviewInquiry: {
    summary: 'Read an inquiry for review',
    description: "What the resident sees, plus escalation, who rejected and the reviewers' internal notes.",
    roles: ['reviewer'],
    success: { status: 200, description: 'The inquiry.', schema: ReviewerDetailSchema },
    problems: ['inquiry-not-found'],
  },
  DecideInquiry: {
    summary: 'Decide an inquiry',
    description:
      'Accept, reject (with a note the resident reads) or ask for information (with the documents wanted); an `internalNote` is for other reviewers only and never shown to the resident. An appeal is decided by a reviewer other than the one who rejected.',
    roles: ['reviewer'],
    body: {
      schema: v.variant('decision', [
        v.strictObject({ decision: v.literal('ACCEPT'), note: v.optional(text(NOTE_LIMITS)), internalNote }),
        v.strictObject({ decision: v.literal('REJECT'), note: text(NOTE_LIMITS), internalNote }),
        v.strictObject({
          decision: v.literal('REQUEST_INFO'),
          note: text(NOTE_LIMITS),
          internalNote,
          requestedDocuments: v.optional(
            v.pipe(v.array(text(DOCUMENT_NAME_LIMITS)), v.maxLength(MAX_REQUESTED_DOCUMENTS)),
          ),
        }),
      ]),
      maxBytes: TEXT_BODY_BYTES,
    },
    idempotent: true,
    success: { status: 200, description: 'The inquiry after the decision.', schema: ReviewerDetailSchema },
    problems: ['inquiry-not-found', 'transition-not-allowed', 'second-reviewer-required', 'concurrent-change'],
  },
  ReplyToInquiry: {
    summary: 'Answer a request for information',
    description: 'Only while the inquiry is NEEDS_INFO; the review goes on and its clock restarts.',
    roles: ['resident'],
    body: { schema: ReplyBodySchema, maxBytes: TEXT_BODY_BYTES },
    idempotent: true,
    success: { status: 200, description: 'The inquiry after the reply.', schema: InquiryDetailSchema },
    problems: followUpProblems,
  },
  AppealInquiry: {
    summary: 'Appeal a rejection',
    description: 'Once, within 30 days of the rejection; another reviewer decides it.',
    roles: ['resident'],
    body: { schema: v.strictObject({ reason: messageText, attachmentIds }), maxBytes: TEXT_BODY_BYTES },
    idempotent: true,
    success: { status: 200, description: 'The inquiry, APPEALED.', schema: InquiryDetailSchema },
    problems: [...followUpProblems, 'appeal-window-closed'],
  },
  RateInquiry: {
    summary: 'Rate a closed case',
    description: 'Once, within 14 days of its closing: a score of 1 to 5 and an optional comment.',
    roles: ['resident'],
    body: {
      schema: v.strictObject({
        score: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
        comment: v.optional(text({ min: 1, max: 1000 })),
      }),
      maxBytes: TEXT_BODY_BYTES,
    },
    idempotent: true,
    success: { status: 200, description: 'The inquiry with its rating.', schema: InquiryDetailSchema },
    problems: [...followUpProblems, 'already-rated', 'rating-window-closed'],
  },
} as const satisfies RouteContracts;
