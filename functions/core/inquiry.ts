import type { Category, Section } from './categories.js';
import type { Locale } from './locale.js';
import type { Reference } from './reference.js';

export const INQUIRY_STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'NEEDS_INFO', 'ACCEPTED', 'REJECTED', 'CLOSED', 'APPEALED'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export type Actor = 'resident' | 'reviewer' | 'system';

export type TimelineEvent = 'ATTACHMENT_VERIFIED' | 'ATTACHMENT_REJECTED';

/** A change of status, or an event on the way (an attachment verified or refused). */
export interface TimelineEntry {
  at: string;
  actor: Actor;
  status?: InquiryStatus;
  event?: TimelineEvent;
  attachmentId?: string;
  note?: string;
}

/** Where the resident hears about the inquiry: taken from their verified token at submission. */
export interface Contact {
  phone: string;
  locale: Locale;
}

export interface Inquiry {
  reference: Reference;
  residentId: string;
  category: Category;
  section: Section;
  description: string;
  status: InquiryStatus;
  createdAt: string;
  updatedAt: string;
  expectedResponseBy: string;
  contact: Contact;
  timeline: TimelineEntry[];
}
