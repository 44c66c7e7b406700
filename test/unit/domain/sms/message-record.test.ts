import { describe, expect, it } from 'vitest';
import { billingMonthOf, deliveryOf, RECEIPT_WAIT_MS } from '../../../../functions/domain/sms/message-record.js';

const SENT = '2026-12-01T06:00:00.000Z';
const laterBy = (ms: number) => new Date(Date.parse(SENT) + ms);

describe('message delivery', () => {
  it('when no receipt came within 72 hours, a PENDING message reads UNKNOWN; until then it reads PENDING', () => {
    // Act / Assess
    expect(deliveryOf({ delivery: 'PENDING', sentAt: SENT }, laterBy(RECEIPT_WAIT_MS))).toBe('PENDING');
    expect(deliveryOf({ delivery: 'PENDING', sentAt: SENT }, laterBy(RECEIPT_WAIT_MS + 1))).toBe('UNKNOWN');
  });

  it('when a receipt came, its verdict stands however late it is read', () => {
    // Act / Assess
    expect(deliveryOf({ delivery: 'FAILED', sentAt: SENT }, laterBy(10 * RECEIPT_WAIT_MS))).toBe('FAILED');
    expect(deliveryOf({ delivery: 'DELIVERED', sentAt: SENT }, laterBy(10 * RECEIPT_WAIT_MS))).toBe('DELIVERED');
  });

  it('when a message is sent late on the last evening of a month in Riyadh, it is billed in that month (UTC, as AWS bills)', () => {
    // Act / Assess: 02:30 on 1 January in Riyadh is still December in UTC
    expect(billingMonthOf(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12');
  });
});
