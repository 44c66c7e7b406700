import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReceiptRefused, SmsOutbox } from '../../../lib/local/sms-outbox.js';

const dir = mkdtempSync(join(tmpdir(), 'tawasul-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = new Date('2026-12-01T06:00:00Z');

describe('SMS outbox receipts', () => {
  it('when a receipt is played, it gives the line SNS would log, and the outbox read again after a restart still knows it', () => {
    // Prepare
    const file = join(dir, 'outbox.jsonl');
    const outbox = new SmsOutbox(file, () => NOW);
    const { messageId } = outbox.send('+966500000001', 'Tawasul: accepted');
    // Act
    const line = JSON.parse(outbox.receipt(messageId, 'DELIVERED', 'Message has been accepted by phone carrier'));
    const restarted = new SmsOutbox(file, () => NOW);
    // Assess
    expect(line).toMatchObject({ notification: { messageId }, status: 'SUCCESS', delivery: { priceInUSD: 0.0247 } });
    expect(restarted.list()).toEqual([expect.objectContaining({ messageId, delivery: 'DELIVERED' })]);
    expect(() => restarted.receipt(messageId, 'FAILED', 'late')).toThrow(ReceiptRefused);
  });

  it('when a receipt names a message the outbox never sent, it is refused as unknown', () => {
    // Prepare
    const outbox = new SmsOutbox(join(dir, 'empty.jsonl'), () => NOW);
    // Act / Assess
    expect(() => outbox.receipt('nope', 'FAILED', 'x')).toThrow(expect.objectContaining({ reason: 'unknown' }));
  });
});
