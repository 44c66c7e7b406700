import { ATTACHMENT_PREFIX } from '../../contract/object-keys.js';
import type { Reference } from '../inquiries/reference.js';

export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ATTACHMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  perInquiry: 10,
  fileNameCharacters: 255,
  /** How long the presigned upload form stays usable. */
  uploadSeconds: 10 * 60,
  /** How long a download link stays usable. */
  downloadSeconds: 5 * 60,
} as const;

export const ATTACHMENT_STATUSES = ['PENDING', 'VERIFIED', 'REJECTED'] as const;
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];

/** Why an upload was refused; each has a localized message for the resident. */
export const REJECTION_REASONS = [
  'size-mismatch',
  'type-mismatch',
  'unrecognized-content',
  'replaced-after-verification',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** GuardDuty's verdict on a stored version, where malware scanning is switched on. */
export const SCAN_STATUSES = [
  'NO_THREATS_FOUND',
  'THREATS_FOUND',
  'UNSUPPORTED',
  'ACCESS_DENIED',
  'FAILED',
  'PENDING',
] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

export interface Attachment {
  inquiryReference: Reference;
  attachmentId: string;
  /** Display text only, sanitized; never part of a storage key. */
  fileName: string;
  contentType: AttachmentType;
  size: number;
  status: AttachmentStatus;
  reason?: RejectionReason;
  createdAt: string;
  uploadExpiresAt: string;
  decidedAt?: string;
  /** The upload the verdict was about; for a verified one, the only version ever served. */
  object?: { version?: string; etag: string };
}

/** An attachment's id as the system makes it (`randomUUID`): lowercase hex in the UUID's groups. */
const ATTACHMENT_ID_SYMBOLS = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const ATTACHMENT_ID = new RegExp(`^${ATTACHMENT_ID_SYMBOLS}$`);

/** The S3 key of an attachment's file: built only from identifiers the system generated. */
export const attachmentObjectKey = (reference: Reference, attachmentId: string) =>
  `${ATTACHMENT_PREFIX}${reference}/${attachmentId}`;

const OBJECT_KEY_PATTERN = new RegExp(
  `^attachments/(TW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})/(${ATTACHMENT_ID_SYMBOLS})$`,
);

/** The inquiry and attachment an S3 key names, or undefined for a key the system never issued. */
export const parseAttachmentObjectKey = (key: string): { reference: Reference; attachmentId: string } | undefined => {
  const [, reference, attachmentId] = OBJECT_KEY_PATTERN.exec(key) ?? [];
  return reference && attachmentId ? { reference: reference as Reference, attachmentId } : undefined;
};

/** A pending upload whose form has expired can no longer arrive: it no longer takes a place. */
export const holdsAPlace = (attachment: Attachment, now: Date) =>
  attachment.status === 'VERIFIED' ||
  (attachment.status === 'PENDING' && Date.parse(attachment.uploadExpiresAt) > now.getTime());

// Bidirectional controls can make "invoice‮fdp.exe" display as "invoiceexe.pdf". Besides the C0 and
// C1 controls (Cc): zero-width characters, directional marks, embeddings and isolates, and the BOM.
const UNSAFE_IN_NAMES = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** A file name a person can read and nothing can exploit: no path, no controls, no bidi tricks. */
export const sanitizeFileName = (name: string): string => {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE_IN_NAMES, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  const limited = [...cleaned].slice(0, ATTACHMENT_LIMITS.fileNameCharacters).join('');
  return limited || 'attachment';
};

export interface ObservedUpload {
  size: number;
  /** What the leading bytes say the file is, or undefined when they match no known type. */
  sniffedType?: string;
}

/** Decides an upload: the stored size must equal the declared one and the bytes must match the type. */
export const judgeUpload = (
  attachment: Attachment,
  observed: ObservedUpload,
): { status: 'VERIFIED' } | { status: 'REJECTED'; reason: RejectionReason } => {
  if (observed.size !== attachment.size) return { status: 'REJECTED', reason: 'size-mismatch' };
  if (observed.sniffedType === undefined) return { status: 'REJECTED', reason: 'unrecognized-content' };
  if (observed.sniffedType !== attachment.contentType) return { status: 'REJECTED', reason: 'type-mismatch' };
  return { status: 'VERIFIED' };
};
