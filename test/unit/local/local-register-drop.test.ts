import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalRegisterDrop } from '../../../lib/local/local-register-drop.js';

const s3 = mockClient(S3Client);
/** A GetObject body as the SDK gives it, reduced to what the drop reads. */
const body = (text: string) => ({ transformToString: async () => text }) as never;
const REPORT = { file: 'imports/day.jsonl', lines: 2, created: 2, updated: 0, unchanged: 0, rejected: [] };

describe('LocalRegisterDrop', () => {
  afterEach(() => s3.reset());

  it('when the report is first missing, then read half-written, it waits and returns the whole report', async () => {
    // Prepare
    s3.on(DeleteObjectCommand).resolves({});
    s3.on(PutObjectCommand).resolves({});
    const whole = JSON.stringify(REPORT);
    s3.on(GetObjectCommand)
      .rejectsOnce(new NoSuchKey({ message: 'not yet', $metadata: {} }))
      .resolvesOnce({ Body: body(whole.slice(0, 20)) })
      .resolves({ Body: body(whole) });
    const drop = new LocalRegisterDrop('http://127.0.0.1:1', 'register');
    // Act
    const report = await drop.drop('day.jsonl', Buffer.from('{}\n{}\n'));
    // Assess
    expect(report).toEqual(REPORT);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(3);
  });

  it('when reading the report fails otherwise, the drop fails with that error', async () => {
    // Prepare
    s3.on(DeleteObjectCommand).resolves({});
    s3.on(PutObjectCommand).resolves({});
    s3.on(GetObjectCommand).rejects(new Error('emulator down'));
    const drop = new LocalRegisterDrop('http://127.0.0.1:1', 'register');
    // Act
    const dropping = drop.drop('day.jsonl', Buffer.from('{}\n'));
    // Assess
    await expect(dropping).rejects.toThrow('emulator down');
  });
});
