import { InvalidParameterException, InvalidParameterValueException, PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { SmsSender } from '../core/documents/ports.js';

/** SMS through SNS, marked transactional: reminders are time-critical, not marketing. */
export class SnsSmsSender implements SmsSender {
  constructor(private readonly client: SNSClient) {}

  async send(phone: string, message: string): Promise<'sent' | 'refused'> {
    try {
      await this.client.send(
      new PublishCommand({
        PhoneNumber: phone,
        Message: message,
          MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
        }),
      );
      return 'sent';
    } catch (error) {
      // SNS refuses a number it cannot deliver to; asking again tomorrow would not change that.
      if (error instanceof InvalidParameterException || error instanceof InvalidParameterValueException) return 'refused';
      throw error;
    }
  }
}
