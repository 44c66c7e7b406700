import type { Attachment } from '../../functions/domain/attachments/attachment.js';
import type { Inquiry } from '../../functions/domain/inquiries/inquiry.js';
import type { InquiryOwner } from '../../functions/domain/inquiries/inquiry-owner.js';
import { generateReference } from '../../functions/domain/inquiries/reference.js';
import type { IdempotencyClaim } from '../../functions/domain/shared/idempotency.js';

export const anInquiry = (overrides: Partial<Inquiry> = {}): Inquiry => ({
  reference: generateReference(),
  residentId: 'resident-1',
  category: 'GENERAL_INQUIRY',
  section: 'GENERAL',
  description: 'When will my exit and re-entry visa be issued? متى تصدر التأشيرة؟ 😀',
  status: 'SUBMITTED',
  createdAt: '2026-11-22T06:00:00.000Z',
  updatedAt: '2026-11-22T06:00:00.000Z',
  expectedResponseBy: '2026-12-01T23:59:59.999+03:00',
  contact: { phone: '+966500000001', locale: 'ar' },
  timeline: [{ at: '2026-11-22T06:00:00.000Z', status: 'SUBMITTED', actor: 'resident' }],
  ...overrides,
});

/** A submission's claim made at 06:00Z on 2026-11-22, live for the 24 hours after. */
export const aClaim = (
  key = 'key-1',
  fingerprint = 'fingerprint-1',
  overrides: Partial<IdempotencyClaim> = {},
): IdempotencyClaim => ({
  owner: 'resident-1',
  operation: 'SubmitInquiry',
  key,
  fingerprint,
  result: 'TW-0000-0000-0000',
  claimedAt: new Date('2026-11-22T06:00:00Z'),
  expiresAt: new Date('2026-11-23T06:00:00Z'),
  ...overrides,
});

export const aPendingAttachment = (overrides: Partial<Attachment> = {}): Attachment => ({
  inquiryReference: generateReference(),
  attachmentId: crypto.randomUUID(),
  fileName: 'passport.pdf',
  contentType: 'application/pdf',
  size: 2048,
  status: 'PENDING',
  createdAt: '2026-11-22T06:00:00.000Z',
  uploadExpiresAt: '2026-11-22T06:10:00.000Z',
  ...overrides,
});

/** A resident as their inquiries' owner: their subject, and the iqama number filings for them name. */
export const anOwner = (id: string, iqamaNumber = '2000000006'): InquiryOwner => ({ id, iqamaNumber });
