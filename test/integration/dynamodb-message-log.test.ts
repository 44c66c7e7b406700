import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoDbMessageLog, messageKey } from '../../functions/adapters/sms/dynamodb-message-log.js';
import type { Reference } from '../../functions/domain/inquiries/reference.js';
import type { MessageRecord } from '../../functions/domain/sms/message-record.js';

const INQUIRY = 'TW-AAAA-BBBB-CCCC' as Reference;

import { freshTables } from '../support/local-tables.js';

const freshLog = async () => {
  const { documentClient, names } = await freshTables(['messages']);
  return { documentClient, tableName: names.messages, log: new DynamoDbMessageLog(documentClient, names.messages) };
};

const aNotice = (messageId: string, overrides: Partial<MessageRecord> = {}): MessageRecord => ({
  messageId,
  purpose: { kind: 'INQUIRY_NOTICE', reference: INQUIRY, message: 'NEEDS_INFO', recipient: 'RESIDENT' },
  locale: 'ar',
  encoding: 'UCS-2',
  parts: 1,
  sentAt: '2026-12-01T06:00:00.000Z',
  delivery: 'PENDING',
  estimatedUsd: 0.0247,
  ...overrides,
});

const receipt = (messageId: string, status: 'DELIVERED' | 'FAILED', priceUsd = 0.03) => ({
  messageId,
  status,
  providerResponse: status === 'DELIVERED' ? 'Message has been accepted by phone carrier' : 'Phone is switched off',
  priceUsd,
  at: '2026-12-01T06:00:05.000Z',
});

describe('DynamoDB message log', () => {
  it('when a message is recorded and its receipt comes, the record holds the verdict and the month pays the reported price, not the estimate', async () => {
    // Prepare
    const { log } = await freshLog();
    await log.record(aNotice('m-1'));
    await log.record(aNotice('m-2', { parts: 2, estimatedUsd: 0.0494 }));
    // Act
    const applied = await log.applyReceipt(receipt('m-1', 'FAILED', 0.03));
    // Assess
    expect(applied).toMatchObject({
      outcome: 'applied',
      record: { delivery: 'FAILED', providerResponse: 'Phone is switched off' },
    });
    expect(await log.monthSpend('2026-12')).toBeCloseTo(0.03 + 0.0494, 6);
    expect(await log.monthSpend('2026-11')).toBe(0);
  });

  it('when the same receipt comes twice, or a second verdict follows the first, nothing changes and the spend is corrected once', async () => {
    // Prepare
    const { log } = await freshLog();
    await log.record(aNotice('m-1'));
    await log.applyReceipt(receipt('m-1', 'DELIVERED', 0.03));
    // Act
    const again = await log.applyReceipt(receipt('m-1', 'DELIVERED', 0.03));
    const contrary = await log.applyReceipt(receipt('m-1', 'FAILED', 0.5));
    // Assess
    expect(again.outcome).toBe('repeated');
    expect(contrary).toMatchObject({ outcome: 'repeated', record: { delivery: 'DELIVERED' } });
    expect(await log.monthSpend('2026-12')).toBeCloseTo(0.03, 6);
  });

  it('when a receipt names a message never recorded, it is unknown and writes nothing', async () => {
    // Prepare
    const { log, documentClient, tableName } = await freshLog();
    // Act
    const outcome = await log.applyReceipt(receipt('never-sent', 'DELIVERED'));
    // Assess
    expect(outcome).toEqual({ outcome: 'unknown' });
    const item = await documentClient.send(new GetCommand({ TableName: tableName, Key: messageKey('never-sent') }));
    expect(item.Item).toBeUndefined();
    expect(await log.monthSpend('2026-12')).toBe(0);
  });

  it("when an inquiry's notices are listed, they come oldest first, and reminders or another inquiry's notices are not among them", async () => {
    // Prepare
    const { log } = await freshLog();
    await log.record(aNotice('later', { sentAt: '2026-12-02T06:00:00.000Z' }));
    await log.record(aNotice('earlier', { sentAt: '2026-12-01T06:00:00.000Z' }));
    await log.record(
      aNotice('other', {
        purpose: {
          kind: 'INQUIRY_NOTICE',
          reference: 'TW-DDDD-EEEE-FFFF' as Reference,
          message: 'ACCEPTED',
          recipient: 'RESIDENT',
        },
      }),
    );
    await log.record(
      aNotice('reminder', {
        purpose: { kind: 'EXPIRY_REMINDER', documentId: 'd-1', expiresOn: '2027-01-01', leadDays: 30 },
      }),
    );
    // Act
    const notices = await log.forInquiry(INQUIRY);
    // Assess
    expect(notices.map((notice) => notice.messageId)).toEqual(['earlier', 'later']);
    expect(notices[0]).not.toHaveProperty('pk');
  });

  it('when a record is written again (a retried send named by the same SNS id), it stays as first written and the month pays once', async () => {
    // Prepare
    const { log } = await freshLog();
    await log.record(aNotice('m-1'));
    // Act
    await log.record(aNotice('m-1', { locale: 'en' }));
    // Assess
    expect((await log.forInquiry(INQUIRY))[0]?.locale).toBe('ar');
    expect(await log.monthSpend('2026-12')).toBeCloseTo(0.0247, 6);
  });
});
