import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnsSmsSender } from '../../../functions/adapters/sms/sns-sms-sender.js';
import { startSmsEndpoint } from '../../../lib/local/sms-endpoint.js';
import { SmsOutbox } from '../../../lib/local/sms-outbox.js';

describe('the local SNS endpoint and its outbox', () => {
  let dir: string;
  let file: string;
  let outbox: SmsOutbox;
  let server: Server;
  let sender: SnsSmsSender;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tawasul-sms-ids-'));
    file = join(dir, 'sms.jsonl');
    outbox = new SmsOutbox(file, () => new Date('2026-11-25T06:00:00Z'));
    const started = await startSmsEndpoint((phone, message) => outbox.send(phone, message).messageId);
    server = started.server;
    sender = new SnsSmsSender(
      new SNSClient({
        endpoint: started.endpoint,
        region: 'me-central-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        maxAttempts: 1,
      }),
    );
  });

  afterAll(async () => {
    server.close();
    await once(server, 'close');
    rmSync(dir, { recursive: true, force: true });
  });

  it('when a function publishes an SMS, the outbox gives it an id of its own and the publish answers with that id', async () => {
    // Act
    const first = await sender.send('+966500000001', 'Tawasul: first');
    const second = await sender.send('+966500000001', 'Tawasul: second');
    // Assess
    const ids = outbox.list('+966500000001').map((entry) => entry.messageId);
    expect([first, second]).toEqual(ids.map((messageId) => ({ outcome: 'sent', messageId })));
    expect(new Set(ids).size).toBe(2);
  });

  it('when the outbox is read again after a restart, each message keeps its id', async () => {
    // Prepare
    const before = outbox.list();
    // Act
    const reloaded = new SmsOutbox(file, () => new Date('2026-11-26T06:00:00Z')).list();
    // Assess
    expect(reloaded.map((entry) => entry.messageId)).toEqual(before.map((entry) => entry.messageId));
  });
});
