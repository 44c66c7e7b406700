import { describe, expect, it } from 'vitest';
import { PacedSmsSender } from '../../../../functions/adapters/sms/paced-sms-sender.js';
import type { SmsAbout } from '../../../../functions/domain/sms/sms-purpose.js';

const ABOUT: SmsAbout = {
  purpose: { kind: 'EXPIRY_REMINDER', documentId: 'd-1', expiresOn: '2027-01-01', leadDays: 7 },
  locale: 'ar',
};

describe('paced SMS sender', () => {
  it('when more messages are sent than the rate allows, they are spread over time at that rate', async () => {
    // Prepare
    const sent: number[] = [];
    const paced = new PacedSmsSender(
      {
        send: async () => {
          sent.push(performance.now());
          return { outcome: 'sent', messageId: `m-${sent.length}` };
        },
      },
      50,
    );
    const started = performance.now();
    // Act
    await Promise.all(Array.from({ length: 10 }, () => paced.send('+966500000001', 'x', ABOUT)));
    // Assess: ten messages at 50 a second take at least 9 × 20 ms
    expect(performance.now() - started).toBeGreaterThanOrEqual(170);
    expect(sent).toHaveLength(10);
  });

  it('when a message is sent, what the inner sender answered comes back unchanged, its message id included', async () => {
    // Prepare
    const paced = new PacedSmsSender(
      {
        send: async (phone) =>
          phone === '+966500000009' ? { outcome: 'refused' } : { outcome: 'sent', messageId: 'm-42' },
      },
      1000,
    );
    // Act
    const delivered = await Promise.all([
      paced.send('+966500000001', 'x', ABOUT),
      paced.send('+966500000009', 'x', ABOUT),
    ]);
    // Assess
    expect(delivered).toEqual([{ outcome: 'sent', messageId: 'm-42' }, { outcome: 'refused' }]);
  });

  it('when the rate is not positive, the sender refuses to be built', () => {
    expect(() => new PacedSmsSender({ send: async () => ({ outcome: 'refused' }) }, 0)).toThrow(RangeError);
  });
});
