import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { receiptOf, receiptsOf } from '../../../../functions/adapters/sms/sns-delivery-logs.js';

const AT = Date.parse('2026-12-01T06:00:05Z');

/** The lines SNS's SMS delivery status logging writes, as AWS documents them. */
const SUCCESS = JSON.stringify({
  notification: { messageId: '34d9b400-c6dd-5444-820d-fbeb0f1f54cf', timestamp: '2026-12-01 06:00:04.558' },
  delivery: {
    phoneCarrier: 'STC',
    destination: '+966500000001',
    priceInUSD: 0.0247,
    smsType: 'Transactional',
    providerResponse: 'Message has been accepted by phone carrier',
    dwellTimeMs: 599,
  },
  status: 'SUCCESS',
});
const FAILURE = JSON.stringify({
  notification: { messageId: '1077257a-92f3-5ca3-bc97-6a915b310625', timestamp: '2026-12-01 06:00:04.559' },
  delivery: {
    destination: '+966500000002',
    priceInUSD: 0.0247,
    providerResponse: 'Unknown error attempting to reach phone',
  },
  status: 'FAILURE',
});

const subscription = (messageType: string, messages: string[]) => ({
  awslogs: {
    data: gzipSync(
      JSON.stringify({
        messageType,
        owner: '123456789012',
        logGroup: 'sns/me-central-1/123456789012/DirectPublishToPhoneNumber',
        logStream: 's',
        subscriptionFilters: ['f'],
        logEvents: messages.map((message, index) => ({ id: String(index), timestamp: AT, message })),
      }),
    ).toString('base64'),
  },
});

describe('SNS delivery logs', () => {
  it('when a success and a failure are logged, each becomes a receipt with its verdict, words and price, and no phone number', () => {
    // Act
    const { receipts, unreadable } = receiptsOf(subscription('DATA_MESSAGE', [SUCCESS, FAILURE]));
    // Assess
    expect(unreadable).toBe(0);
    expect(receipts).toEqual([
      {
        messageId: '34d9b400-c6dd-5444-820d-fbeb0f1f54cf',
        status: 'DELIVERED',
        providerResponse: 'Message has been accepted by phone carrier',
        priceUsd: 0.0247,
        at: '2026-12-01T06:00:05.000Z',
      },
      expect.objectContaining({ status: 'FAILED', providerResponse: 'Unknown error attempting to reach phone' }),
    ]);
    expect(JSON.stringify(receipts)).not.toContain('+9665');
  });

  it('when CloudWatch Logs checks a new subscription with a control message, there is no receipt and nothing unreadable', () => {
    // Act / Assess
    expect(
      receiptsOf(subscription('CONTROL_MESSAGE', ['CWL CONTROL MESSAGE: Checking health of destination'])),
    ).toEqual({
      receipts: [],
      unreadable: 0,
    });
  });

  it('when a line is not JSON, has no message id, an unknown status or a hostile price, it is no receipt or its price is zero', () => {
    // Act / Assess
    expect(receiptOf('not json {', AT)).toBeUndefined();
    expect(receiptOf(JSON.stringify({ status: 'SUCCESS' }), AT)).toBeUndefined();
    expect(receiptOf(JSON.stringify({ notification: { messageId: 'm' }, status: 'MAYBE' }), AT)).toBeUndefined();
    expect(
      receiptOf(JSON.stringify({ __proto__: { status: 'SUCCESS' }, notification: { messageId: 'm' } }), AT),
    ).toBeUndefined();
    const hostile = receiptOf(
      JSON.stringify({
        notification: { messageId: 'm' },
        delivery: { priceInUSD: -5, providerResponse: 'x'.repeat(5000) },
        status: 'FAILURE',
      }),
      AT,
    );
    expect(hostile?.priceUsd).toBe(0);
    expect(hostile?.providerResponse).toHaveLength(200);
  });

  it('when a batch mixes readable and unreadable lines, the readable ones are receipts and the others are counted', () => {
    // Act
    const { receipts, unreadable } = receiptsOf(subscription('DATA_MESSAGE', [SUCCESS, '\u0000garbage']));
    // Assess
    expect(receipts).toHaveLength(1);
    expect(unreadable).toBe(1);
  });
});
