import { setTimeout } from 'node:timers/promises';
import {
  InvalidParameterException,
  InvalidParameterValueException,
  PublishCommand,
  type PublishCommandOutput,
  type SNSClient,
} from '@aws-sdk/client-sns';
import { SmsNotSent, SmsOutcomeUnknown } from '../../domain/shared/errors.js';
import type { SmsDelivery, SmsSender } from '../../domain/sms/ports.js';

/** Network failures that happen before a request can reach SNS. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** An answer from SNS that it did not take the message, or a failure before the request could reach it. */
const certainlyNotSent = (error: unknown): boolean => {
  const { $fault, code, name, message } = error as { $fault?: string; code?: string; name?: string; message?: string };
  return (
    $fault === 'client' ||
    NOT_CONNECTED.has(code ?? '') ||
    name === 'CredentialsProviderError' ||
    /without establishing a connection/i.test(message ?? '')
  );
};

/** Throttled publishes are tried again here, a few times with backoff: SNS certainly did not send them. */
const THROTTLE_ATTEMPTS = 5;
const THROTTLE_BACKOFF_MS = 200;

/**
 * SMS through SNS, marked transactional (reminders are time-critical, not marketing). The client must
 * not retry by itself (`maxAttempts: 1`): a publish that timed out may have been delivered, and only
 * the caller may decide not to send it again.
 */
export class SnsSmsSender implements SmsSender {
  constructor(private readonly client: SNSClient) {}

  async send(phone: string, message: string): Promise<SmsDelivery> {
    for (let attempt = 1; ; attempt++) {
      let published: PublishCommandOutput;
      try {
        published = await this.client.send(
          new PublishCommand({
            PhoneNumber: phone,
            Message: message,
            MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
          }),
        );
      } catch (error) {
        // SNS refuses a number it cannot deliver to; asking again tomorrow would not change that. (A
        // fault in our own request — a message too long — is no reason to give up on the resident.)
        const invalid = error instanceof InvalidParameterException || error instanceof InvalidParameterValueException;
        if (invalid && /PhoneNumber/i.test((error as Error).message)) return { outcome: 'refused' };
        // Anything after the request may have reached SNS (a server fault, a response timeout, a
        // dropped connection) leaves the outcome unknown, and is passed on as it is.
        if (!certainlyNotSent(error)) throw error;
        const throttled = /Throttl/i.test((error as Error).name);
        if (!throttled || attempt >= THROTTLE_ATTEMPTS)
          throw new SmsNotSent(`SMS not sent (${(error as Error).name})`, { cause: error });
        await setTimeout(THROTTLE_BACKOFF_MS * 2 ** attempt * Math.random());
        continue;
      }
      // SNS answered that it took the message, yet named none: it may well go out, so it must not be
      // sent again, and no delivery receipt could ever be matched to it.
      if (!published.MessageId) throw new SmsOutcomeUnknown('SNS accepted the SMS but returned no message id');
      return { outcome: 'sent', messageId: published.MessageId };
    }
  }
}
