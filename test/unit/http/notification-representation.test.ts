import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../functions/domain/inquiries/reference.js';
import type { MessageRecord } from '../../../functions/domain/sms/message-record.js';
import { notificationsOf } from '../../../functions/http/notification-representation.js';

const REFERENCE = 'TW-0000-0000-0001' as Reference;
const SENT_AT = '2026-12-02T09:00:00.000Z';

const record = (overrides: Partial<MessageRecord>): MessageRecord => ({
  messageId: 'm-1',
  purpose: { kind: 'INQUIRY_NOTICE', reference: REFERENCE, message: 'ACCEPTED', recipient: 'RESIDENT' },
  locale: 'ar',
  encoding: 'UCS-2',
  parts: 1,
  sentAt: SENT_AT,
  delivery: 'PENDING',
  estimatedUsd: 0.0247,
  ...overrides,
});

describe('notificationsOf', () => {
  it('when a notice was delivered, it shows when, and no reason', () => {
    // Prepare
    const delivered = record({
      delivery: 'DELIVERED',
      receiptAt: '2026-12-02T09:00:04.000Z',
      providerResponse: 'Message has been accepted by phone',
      priceUsd: 0.02,
    });
    // Act
    const [shown] = notificationsOf([delivered], new Date(SENT_AT), 'resident');
    // Assess
    expect(shown).toEqual({
      message: 'ACCEPTED',
      recipient: 'RESIDENT',
      sentAt: SENT_AT,
      delivery: 'DELIVERED',
      deliveredAt: '2026-12-02T09:00:04.000Z',
    });
  });

  it('when no receipt came within 72 hours, it reads UNKNOWN; just before, PENDING', () => {
    // Prepare
    const pending = record({});
    // Act
    const before = notificationsOf([pending], new Date(Date.parse(SENT_AT) + 72 * 3600_000), 'resident');
    const after = notificationsOf([pending], new Date(Date.parse(SENT_AT) + 72 * 3600_000 + 1), 'resident');
    // Assess
    expect(before[0]?.delivery).toBe('PENDING');
    expect(after[0]?.delivery).toBe('UNKNOWN');
  });

  it("when staff read it, the copies to the establishment's staff member are listed; the resident's view leaves them out", () => {
    // Prepare
    const records = [
      record({ messageId: 'copy', purpose: { ...record({}).purpose, recipient: 'STAFF' } as MessageRecord['purpose'] }),
      record({ messageId: 'own' }),
    ];
    // Act
    const staff = notificationsOf(records, new Date(SENT_AT), 'staff');
    const resident = notificationsOf(records, new Date(SENT_AT), 'resident');
    // Assess
    expect(staff.map((shown) => shown.recipient).sort()).toEqual(['RESIDENT', 'STAFF']);
    expect(resident.map((shown) => shown.recipient)).toEqual(['RESIDENT']);
  });

  it('when a record is of another purpose, it is not an inquiry notification', () => {
    // Prepare
    const reminder = record({
      purpose: { kind: 'EXPIRY_REMINDER', documentId: 'IQAMA', expiresOn: '2026-12-09', leadDays: 7 },
    });
    // Act
    const shown = notificationsOf([reminder], new Date(SENT_AT), 'staff');
    // Assess
    expect(shown).toEqual([]);
  });
});
