import type { Locale } from '../shared/locale.js';
import type { Category, Section } from './categories.js';
import type { Reference } from './reference.js';

export const INQUIRY_STATUSES = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'NEEDS_INFO',
  'ACCEPTED',
  'REJECTED',
  'CLOSED',
  'APPEALED',
] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/** The statuses of an inquiry still in review: those a section's queue lists. */
export const OPEN_STATUSES = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'NEEDS_INFO',
  'APPEALED',
] as const satisfies readonly InquiryStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

export const isOpen = (status: InquiryStatus): status is OpenStatus =>
  (OPEN_STATUSES as readonly InquiryStatus[]).includes(status);

export const ACTORS = ['resident', 'establishment', 'reviewer', 'system'] as const;
export type Actor = (typeof ACTORS)[number];

export const TIMELINE_EVENTS = ['ATTACHMENT_VERIFIED', 'ATTACHMENT_REJECTED'] as const;
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];

/** A change of status, or an event on the way (an attachment verified or refused). */
export interface TimelineEntry {
  at: string;
  actor: Actor;
  status?: InquiryStatus;
  event?: TimelineEvent;
  attachmentId?: string;
  /** Attachments a reply or an appeal points to. */
  attachmentIds?: string[];
  note?: string;
}

/** Why an inquiry was closed without a decision. */
export const CLOSE_REASONS = ['NO_RESPONSE'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export interface Rating {
  score: number;
  comment?: string;
  at: string;
}

/** A reviewer's note for other reviewers; never shown to the resident. */
export interface InternalNote {
  at: string;
  reviewerId: string;
  note: string;
}

/** Where the resident hears about the inquiry: taken from their verified token at submission. */
export interface Contact {
  phone: string;
  locale: Locale;
}

/** Who filed an inquiry for the resident: an establishment, for one of its employees. */
export interface EstablishmentSubmission {
  establishmentId: string;
  /** The employee it is for: they see it in their own list, whatever subject they sign in with. */
  iqamaNumber: string;
  /** The staff member who filed it, who hears about it too: their phone never leaves the inquiry's store. */
  staffId: string;
  staffContact?: Contact;
}

export interface Inquiry {
  reference: Reference;
  /** Whose inquiry it is: the resident's sign-in subject, or the employee's owner id when filed for them. */
  residentId: string;
  /** Absent when the resident filed it themselves: then it is private to them and the reviewers. */
  submittedBy?: EstablishmentSubmission;
  category: Category;
  section: Section;
  description: string;
  status: InquiryStatus;
  createdAt: string;
  updatedAt: string;
  expectedResponseBy: string;
  /**
   * When inquiries of this type were typically answered lately (the submission plus the published
   * 80th percentile in working days); absent when the type had too few decisions to say.
   */
  typicalResponseBy?: string;
  contact: Contact;
  timeline: TimelineEntry[];
  /** The response deadline passed without a decision: reviewers and supervisors see it first. */
  escalated?: boolean;
  /** NEEDS_INFO: what the reviewer asked for, when the SLA clock stopped, and when the reply is due. */
  requestedDocuments?: string[];
  pausedAt?: string;
  replyDueBy?: string;
  replyReminderSent?: boolean;
  /**
   * NEEDS_INFO: when the request reached whoever must answer it (an SMS asking for the reply
   * delivered, or the inquiry opened by them); the reply is due 14 days from then, never sooner.
   */
  replyRequestReachedAt?: string;
  /** NEEDS_INFO: the reply's deadline came while nothing asking for it had reached anyone; it is not closed for it. */
  replyRequestUnreached?: boolean;
  /**
   * When the resident (or the establishment that filed it) last opened the inquiry while it waited
   * for their information; kept outside the transitions, so it counts only if after `pausedAt`.
   */
  replyRequestSeenAt?: string;
  /** The reviewer who rejected: an appeal must go to someone else. */
  rejectedBy?: string;
  appealDueBy?: string;
  appealed?: boolean;
  /** Set once the case is over; a resident may rate it for 14 days from then. */
  closedAt?: string;
  closeReason?: CloseReason;
  rating?: Rating;
  internalNotes?: InternalNote[];
  /** Counts the workflow's changes: each one is stored only over the revision it was made from. */
  revision?: number;
}

/** An inquiry an establishment filed for one of its employees. */
export type FiledForEmployee = Inquiry & { submittedBy: EstablishmentSubmission };
