import { INQUIRY_STATUSES, type InquiryStatus } from '../../domain/inquiries/inquiry.js';
import { parseReference, type Reference } from '../../domain/inquiries/reference.js';

/** The state machine only passes what its own tasks returned; a malformed input is a defect, so it fails loudly. */
export const referenceOf = (input: { reference?: unknown }): Reference => {
  const reference = typeof input.reference === 'string' ? parseReference(input.reference) : undefined;
  if (!reference) throw new TypeError('Task input has no valid inquiry reference');
  return reference;
};

export const awaitedStatusOf = (input: { awaiting?: unknown }): InquiryStatus => {
  if (!(INQUIRY_STATUSES as readonly unknown[]).includes(input.awaiting))
    throw new TypeError('Task input has no awaited status');
  return input.awaiting as InquiryStatus;
};
