import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { SmsSender } from '../core/documents/ports.js';

/** SMS through SNS, marked transactional: reminders are time-critical, not marketing. */
export class SnsSmsSender implements SmsSender {
  constructor(private readonly client: SNSClient) {}

  async send(phone: string, message: string): Promise<void> {
    await this.client.send(
      new PublishCommand({
        PhoneNumber: phone,
        Message: message,
        MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
      }),
    );
  }
}
