import { CATEGORIES, SECTIONS } from '../core/categories.js';
import type { Inquiry } from '../core/inquiry.js';
import type { TextLocale } from '../core/locale.js';

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

export const inquiryDetail = (inquiry: Inquiry, locale: TextLocale) => ({
  ...inquirySummary(inquiry, locale),
  timeline: inquiry.timeline.map(({ at, status, event, attachmentId, actor, note }) => ({
    at,
    actor,
    ...(status && { status }),
    ...(event && { event, attachmentId }),
    ...(note && { note }),
  })),
});
