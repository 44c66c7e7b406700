import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../../functions/domain/inquiries/reference.js';
import type { MessageRecord } from '../../../../functions/domain/sms/message-record.js';
import type { SmsDelivery, SmsSender } from '../../../../functions/domain/sms/ports.js';
import { RecordedSmsSender } from '../../../../functions/domain/sms/recorded-sms-sender.js';
import type { SmsAbout } from '../../../../functions/domain/sms/sms-purpose.js';

const NOW = new Date('2026-12-01T06:00:00Z');
const ABOUT: SmsAbout = {
  purpose: {
    kind: 'INQUIRY_NOTICE',
    reference: 'TW-AAAA-BBBB-CCCC' as Reference,
    message: 'ACCEPTED',
    recipient: 'RESIDENT',
  },
  locale: 'ar',
};

const senderAnswering = (delivery: SmsDelivery): SmsSender => ({ send: async () => delivery });

const recorded = (sender: SmsSender, record: (record: MessageRecord) => Promise<void>) => {
  const records: MessageRecord[] = [];
  const lost: unknown[] = [];
  const recording = new RecordedSmsSender({
    sender,
    log: {
      record: async (entry) => {
        await record(entry);
        records.push(entry);
      },
    },
    clock: () => NOW,
    pricePerPartUsd: 0.03,
    recordLost: (error) => lost.push(error),
  });
  return { recording, records, lost };
};

describe('recorded SMS sender', () => {
  it('when SNS takes an Arabic message of two parts, its record names the purpose, language, encoding and parts, PENDING, at two parts’ price', async () => {
    // Prepare
    const { recording, records } = recorded(
      senderAnswering({ outcome: 'sent', messageId: 'm-1' }),
      async () => undefined,
    );
    // Act
    const delivery = await recording.send('+966500000001', 'ت'.repeat(71), ABOUT);
    // Assess
    expect(delivery).toEqual({ outcome: 'sent', messageId: 'm-1' });
    expect(records).toEqual([
      {
        messageId: 'm-1',
        purpose: ABOUT.purpose,
        locale: 'ar',
        encoding: 'UCS-2',
        parts: 2,
        sentAt: NOW.toISOString(),
        delivery: 'PENDING',
        estimatedUsd: 0.06,
      },
    ]);
    expect(JSON.stringify(records)).not.toContain('+966500000001');
  });

  it('when SNS refuses the number, no record is written: nothing was sent', async () => {
    // Prepare
    const { recording, records } = recorded(senderAnswering({ outcome: 'refused' }), async () => undefined);
    // Act
    const delivery = await recording.send('+966500000001', 'x', ABOUT);
    // Assess
    expect(delivery).toEqual({ outcome: 'refused' });
    expect(records).toEqual([]);
  });

  it('when the record cannot be written, the send still succeeds and the loss is reported, so that no caller sends it again', async () => {
    // Prepare
    const failure = new Error('ProvisionedThroughputExceededException');
    const { recording, lost } = recorded(senderAnswering({ outcome: 'sent', messageId: 'm-1' }), async () => {
      throw failure;
    });
    // Act
    const delivery = await recording.send('+966500000001', 'x', ABOUT);
    // Assess
    expect(delivery).toEqual({ outcome: 'sent', messageId: 'm-1' });
    expect(lost).toEqual([failure]);
  });

  it('when sending fails, the error reaches the caller unchanged and nothing is recorded', async () => {
    // Prepare
    const failure = new Error('timeout');
    const { recording, records } = recorded({ send: () => Promise.reject(failure) }, async () => undefined);
    // Act
    const sent = recording.send('+966500000001', 'x', ABOUT);
    // Assess
    await expect(sent).rejects.toBe(failure);
    expect(records).toEqual([]);
  });
});
