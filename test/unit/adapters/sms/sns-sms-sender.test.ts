import { InvalidParameterException, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SnsSmsSender } from '../../../../functions/adapters/sms/sns-sms-sender.js';

const snsClient = new SNSClient({ region: 'me-central-1' });
const sns = mockClient(snsClient);
const sender = new SnsSmsSender(snsClient);

const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });

describe('SNS SMS sender (SDK mocked)', () => {
  beforeEach(() => sns.reset());

  it('when an SMS is sent, it is published to the phone number as a transactional SMS', async () => {
    // Prepare
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    // Act
    const result = await sender.send('+966500000001', 'تنتهي إقامتك غدًا');
    // Assess
    expect(result).toEqual({ outcome: 'sent', messageId: 'm-1' });
    expect(sns.commandCalls(PublishCommand).map((call) => call.args[0].input)).toEqual([
      {
        PhoneNumber: '+966500000001',
        Message: 'تنتهي إقامتك غدًا',
        MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
      },
    ]);
  });

  it('when SNS takes the message, the send resolves with the message id SNS gave it, the one its delivery receipts name', async () => {
    // Prepare
    sns.on(PublishCommand).resolvesOnce({ MessageId: 'a7f3c2e1-first' }).resolvesOnce({ MessageId: 'b8e4d3f2-second' });
    // Act
    const first = await sender.send('+966500000001', 'x');
    const second = await sender.send('+966500000002', 'y');
    // Assess
    expect([first, second]).toEqual([
      { outcome: 'sent', messageId: 'a7f3c2e1-first' },
      { outcome: 'sent', messageId: 'b8e4d3f2-second' },
    ]);
  });

  it('when SNS answers a publish without a message id, the outcome is unknown (SmsOutcomeUnknown, naming no number) and it is not published again', async () => {
    // Prepare
    sns.on(PublishCommand).resolves({});
    // Act
    const sent = sender.send('+966500000001', 'x');
    // Assess
    await expect(sent).rejects.toMatchObject({
      name: 'SmsOutcomeUnknown',
      code: 'sms-outcome-unknown',
      message: expect.not.stringContaining('966'),
    });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
  });

  it('when SNS throttles or fails, the error reaches the caller, so that the claim is released and a retry sends', async () => {
    sns.on(PublishCommand).rejects(throttled());
    await expect(sender.send('+966500000001', 'x')).rejects.toThrow('Rate exceeded');
  });

  it('when SNS rejects a parameter other than the number (our own mistake), the SMS is not sent and not given up on either', async () => {
    sns
      .on(PublishCommand)
      .rejects(new InvalidParameterException({ message: 'Invalid parameter: Message too long', $metadata: {} }));
    await expect(sender.send('+966512345678', 'x')).rejects.toMatchObject({ name: 'SmsNotSent' });
  });

  it('when the connection to SNS cannot even be made, the SMS certainly was not sent', async () => {
    sns.on(PublishCommand).rejects(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    await expect(sender.send('+966512345678', 'x')).rejects.toMatchObject({
      name: 'SmsNotSent',
      message: 'SMS not sent (Error)',
    });
  });

  it('when SNS rejects the number itself, the send is reported refused rather than retried', async () => {
    sns.on(PublishCommand).rejects(
      new InvalidParameterException({
        message: 'Invalid parameter: PhoneNumber Reason: not a valid number',
        $metadata: {},
      }),
    );
    expect(await sender.send('+966512345678', 'x')).toEqual({ outcome: 'refused' });
  });
});

describe('SNS SMS sender faults (SDK mocked)', () => {
  beforeEach(() => sns.reset());
  const fault = (name: string, $fault: 'client' | 'server') =>
    Object.assign(new Error(`${name} for +966500000001`), { name, $fault, $metadata: {} });

  it('when SNS throttles a few times, the send is tried again here and goes out once', async () => {
    sns
      .on(PublishCommand)
      .rejectsOnce(fault('ThrottledException', 'client'))
      .rejectsOnce(fault('ThrottledException', 'client'))
      .resolves({ MessageId: 'm-1' });
    expect(await sender.send('+966500000001', 'x')).toEqual({ outcome: 'sent', messageId: 'm-1' });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(3);
  });

  it('when SNS keeps throttling, or refuses the request otherwise, the SMS certainly was not sent: SmsNotSent, naming no number', async () => {
    sns.on(PublishCommand).rejects(fault('AuthorizationErrorException', 'client'));
    const failed = sender.send('+966500000001', 'x');
    await expect(failed).rejects.toMatchObject({
      name: 'SmsNotSent',
      message: 'SMS not sent (AuthorizationErrorException)',
    });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
  });

  it('when SNS fails on its side or the connection drops, the outcome is unknown and passed on untouched, never retried', async () => {
    sns.on(PublishCommand).rejects(fault('InternalErrorException', 'server'));
    await expect(sender.send('+966500000001', 'x')).rejects.toMatchObject({ name: 'InternalErrorException' });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
  });
});
