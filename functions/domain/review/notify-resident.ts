import type { InquiryStatus } from '../inquiries/inquiry.js';
import type { InquiryRepository } from '../inquiries/ports.js';
import type { Reference } from '../inquiries/reference.js';
import { InquiryNotFound } from '../shared/errors.js';
import type { Locale } from '../shared/locale.js';
import { renderSms, type SmsMessage } from '../sms/inquiry-templates.js';
import type { SmsDelivery, SmsSender } from '../sms/ports.js';
import type { SmsAbout } from '../sms/sms-purpose.js';

export interface NotifyDeps {
  inquiries: Pick<InquiryRepository, 'findByReference'>;
  sms: SmsSender;
}

/**
 * The resident's SMS, and the copy to the establishment's staff member who filed the inquiry, if
 * one did; or none, when the inquiry had moved on before the message went (see notifyResident).
 */
export type Notification =
  | (SmsDelivery & { staffCopy?: SmsDelivery | { outcome: 'failed' } })
  | { outcome: 'overtaken' };

/**
 * Sends a workflow step's SMS to the phone the resident submitted the inquiry with, in their
 * language. A number SNS refuses is not worth retrying; any other failure is the state machine's to retry.
 * The staff member's copy goes after it and never fails the step: a retry would text the resident twice.
 *
 * A message sent before a wait is about the status waited in (`awaiting`). If the inquiry left it
 * meanwhile — a message held over the night while the resident replied in the app — it is not
 * sent: the wait that follows finds the inquiry moved on and sends that change's message instead.
 */
export const notifyResident = async (
  deps: NotifyDeps,
  reference: Reference,
  message: SmsMessage,
  awaiting?: InquiryStatus,
): Promise<Notification> => {
  const inquiry = await deps.inquiries.findByReference(reference);
  if (!inquiry) throw new InquiryNotFound('The inquiry to notify about does not exist');
  if (awaiting && inquiry.status !== awaiting) return { outcome: 'overtaken' };
  const notice = (recipient: 'RESIDENT' | 'STAFF', locale: Locale): SmsAbout => ({
    purpose: { kind: 'INQUIRY_NOTICE', reference: inquiry.reference, message, recipient },
    locale,
  });
  const { locale } = inquiry.contact;
  const delivery = await deps.sms.send(
    inquiry.contact.phone,
    renderSms(message, locale, inquiry.reference),
    notice('RESIDENT', locale),
  );
  const staff = inquiry.submittedBy?.staffContact;
  if (!staff) return delivery;
  const staffCopy = await deps.sms
    .send(staff.phone, renderSms(message, staff.locale, inquiry.reference), notice('STAFF', staff.locale))
    .catch(() => ({ outcome: 'failed' as const }));
  return { ...delivery, staffCopy };
};
