import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsOutbox } from '../../../lib/local/sms-outbox.js';
import { type BareLocalServer, bareLocalServer } from '../../support/bare-local-server.js';

describe('GET /local/sms', () => {
  let dir: string;
  let server: BareLocalServer;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tawasul-sms-endpoint-'));
    const outbox = new SmsOutbox(join(dir, 'sms.jsonl'), () => new Date('2026-11-25T06:00:00Z'));
    outbox.send('+966500000001', 'Tawasul: first');
    outbox.send('+966500000002', 'Tawasul: second');
    server = await bareLocalServer({ sms: (phone) => outbox.list(phone) });
    base = server.base;
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const phonesListed = async (query: string) => {
    const response = await fetch(`${base}/local/sms${query}`);
    return {
      status: response.status,
      phones: ((await response.json()) as { items: { phone: string }[] }).items.map((item) => item.phone),
    };
  };

  it.each([
    ['a bare +, as the README writes it', '?phone=+966500000001'],
    ['the + percent-encoded', '?phone=%2B966500000001'],
  ])('when the phone is given with %s, it lists that phone’s messages only', async (_, query) => {
    // Act
    const listed = await phonesListed(query);
    // Assess
    expect(listed).toEqual({ status: 200, phones: ['+966500000001'] });
  });

  it('when no phone is given, it lists every message', async () => {
    expect(await phonesListed('')).toEqual({ status: 200, phones: ['+966500000001', '+966500000002'] });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '966500000001'])(
    'when the phone is %j, it lists nothing and answers 200',
    async (phone) => {
      expect(await phonesListed(`?phone=${phone}`)).toEqual({ status: 200, phones: [] });
    },
  );
});
