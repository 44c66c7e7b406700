/**
 * What became of one SMS: taken by the provider, under the id its delivery receipts will name; or
 * refused, because the number can never receive it (not a valid mobile number): retrying is pointless.
 */
export type SmsDelivery = { outcome: 'sent'; messageId: string } | { outcome: 'refused' };

export interface SmsSender {
  /**
   * @throws SmsNotSent when it certainly was not sent (a retry may send it), any other error when it
   * may have been (a timeout, a server fault, SmsOutcomeUnknown: it must not be sent again)
   */
  send(phone: string, message: string): Promise<SmsDelivery>;
}
