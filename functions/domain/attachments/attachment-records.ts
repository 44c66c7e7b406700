import { type Caller, mayRead } from '../inquiries/caller.js';
import type { Inquiry } from '../inquiries/inquiry.js';
import type { InquiryRepository } from '../inquiries/ports.js';
import type { Reference } from '../inquiries/reference.js';
import type { Clock } from '../shared/clock.js';
import { InquiryNotFound } from '../shared/errors.js';
import type { AttachmentRepository } from './ports.js';

/** What every attachment use case reads and writes: the inquiries, their attachments, the time. */
export interface AttachmentRecords {
  inquiries: InquiryRepository;
  attachments: AttachmentRepository;
  clock: Clock;
}

/** The inquiry whose attachments the caller asks for, if they may read it; not found otherwise. */
export const readableInquiry = async (
  deps: Pick<AttachmentRecords, 'inquiries'>,
  caller: Caller,
  reference: Reference,
): Promise<Inquiry> => {
  const inquiry = await deps.inquiries.findByReference(reference);
  if (!inquiry || !mayRead(caller, inquiry)) throw new InquiryNotFound('No such inquiry for this caller');
  return inquiry;
};
