import type { InquiryRepository } from '../inquiries/ports.js';
import type { Reference } from '../inquiries/reference.js';
import { InquiryNotFound } from '../shared/errors.js';
import { renderSms, type SmsMessage } from '../sms/inquiry-templates.js';
import type { SmsDelivery, SmsSender } from '../sms/ports.js';

export interface NotifyDeps {
  inquiries: Pick<InquiryRepository, 'findByReference'>;
  sms: SmsSender;
}

/**
 * Sends a workflow step's SMS to the phone the resident submitted the inquiry with, in their
 * language. A number SNS refuses is not worth retrying; any other failure is the state machine's to retry.
 */
export const notifyResident = async (
  deps: NotifyDeps,
  reference: Reference,
  message: SmsMessage,
): Promise<SmsDelivery> => {
  const inquiry = await deps.inquiries.findByReference(reference);
  if (!inquiry) throw new InquiryNotFound('The inquiry to notify about does not exist');
  return deps.sms.send(inquiry.contact.phone, renderSms(message, inquiry.contact.locale, inquiry.reference));
};
