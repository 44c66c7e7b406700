import { describe, expect, it } from 'vitest';
import type { DeliveryReceipt, MessageRecord } from '../../../../functions/domain/sms/message-record.js';
import type { ReceiptOutcome } from '../../../../functions/domain/sms/ports.js';
import { recordReceipts } from '../../../../functions/domain/sms/record-receipts.js';

const record = (messageId: string, delivery: MessageRecord['delivery'] = 'PENDING'): MessageRecord => ({
  messageId,
  purpose: { kind: 'ESTABLISHMENT_DIGEST', establishmentId: '7001234567', date: '2026-12-01' },
  locale: 'en',
  encoding: 'GSM-7',
  parts: 1,
  sentAt: '2026-12-01T06:00:00.000Z',
  delivery,
  estimatedUsd: 0.0247,
});
const receipt = (messageId: string): DeliveryReceipt => ({
  messageId,
  status: 'DELIVERED',
  providerResponse: 'ok',
  priceUsd: 0.02,
  at: '2026-12-01T06:00:03.000Z',
});

describe('recording receipts', () => {
  it('when a batch holds a new receipt, a repeat and one of no known message, each is counted as such and the month’s spend is read', async () => {
    // Prepare
    const outcomes: Record<string, ReceiptOutcome> = {
      fresh: { outcome: 'applied', record: record('fresh', 'DELIVERED') },
      seen: { outcome: 'repeated', record: record('seen', 'DELIVERED') },
    };
    const months: string[] = [];
    // Act
    const recorded = await recordReceipts(
      {
        messages: {
          applyReceipt: async ({ messageId }) => outcomes[messageId] ?? { outcome: 'unknown' },
          monthSpend: async (month) => {
            months.push(month);
            return 12.5;
          },
        },
      },
      [receipt('fresh'), receipt('seen'), receipt('stranger')],
    );
    // Assess
    expect(recorded).toEqual({
      applied: [record('fresh', 'DELIVERED')],
      repeated: 1,
      unmatched: 1,
      monthToDateSpendUsd: 12.5,
    });
    expect(months).toEqual(['2026-12']);
  });

  it('when no receipt matches a message, the spend is not read', async () => {
    // Act
    const recorded = await recordReceipts(
      {
        messages: {
          applyReceipt: async () => ({ outcome: 'unknown' }),
          monthSpend: () => Promise.reject(new Error('not to be read')),
        },
      },
      [receipt('stranger')],
    );
    // Assess
    expect(recorded).toEqual({ applied: [], repeated: 0, unmatched: 1 });
  });
});
