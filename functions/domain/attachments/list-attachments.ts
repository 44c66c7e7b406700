import type { Caller } from '../inquiries/caller.js';
import type { Reference } from '../inquiries/reference.js';
import type { Attachment } from './attachment.js';
import { type AttachmentRecords, readableInquiry } from './attachment-records.js';

/** The attachments of an inquiry the caller may read, whatever their status. */
export const listAttachments = async (
  deps: Omit<AttachmentRecords, 'clock'>,
  caller: Caller,
  reference: Reference,
): Promise<Attachment[]> => {
  await readableInquiry(deps, caller, reference);
  return deps.attachments.list(reference);
};
