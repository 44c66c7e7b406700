import { CATEGORIES, SECTIONS } from '../domain/inquiries/categories.js';
import type { Inquiry } from '../domain/inquiries/inquiry.js';
import type { TextLocale } from '../domain/shared/locale.js';

export const inquiryPath = (reference: string) => `/v1/inquiries/${reference}`;

/** What a resident sees of an inquiry in a list: no timeline, nothing about other people. */
export const inquirySummary = (inquiry: Inquiry, locale: TextLocale) => ({
  reference: inquiry.reference,
  status: inquiry.status,
  category: inquiry.category,
  categoryName: CATEGORIES[inquiry.category].name[locale],
  section: inquiry.section,
  sectionName: SECTIONS[inquiry.section][locale],
  description: inquiry.description,
  createdAt: inquiry.createdAt,
  updatedAt: inquiry.updatedAt,
  expectedResponseBy: inquiry.expectedResponseBy,
});

/** The resident's whole view of their inquiry: what they are asked for, by when, and what was decided. */
export const inquiryDetail = (inquiry: Inquiry, locale: TextLocale) => ({
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
});

/** A reviewer sees what the resident sees, plus escalation, who rejected (for the appeal) and internal notes. */
export const reviewerDetail = (inquiry: Inquiry, locale: TextLocale) => ({
  ...inquiryDetail(inquiry, locale),
  escalated: inquiry.escalated === true,
  ...(inquiry.rejectedBy && { rejectedBy: inquiry.rejectedBy }),
  internalNotes: inquiry.internalNotes ?? [],
});
