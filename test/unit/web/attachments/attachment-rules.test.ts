import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_TYPES,
  fileRefusal,
  filesAcceptable,
  isSettled,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  POLL_ATTEMPTS,
  pollDelay,
} from '../../../../web/src/attachments/attachment-rules.js';

const contract = JSON.parse(
  readFileSync(new URL('../../../../functions/contract/openapi.json', import.meta.url), 'utf8'),
);
const requestUpload =
  contract.paths['/v1/inquiries/{reference}/attachments'].post.requestBody.content['application/json'].schema;
const pdf = (size: number) => ({ type: 'application/pdf', size });

describe('which chosen files the console lets go', () => {
  it('when the contract lists the types an upload may declare, the picker offers exactly those', () => {
    expect([...ACCEPTED_TYPES].sort()).toEqual([...requestUpload.properties.contentType.enum].sort());
  });

  it('when a reply names its attachments, the console stops at the number the contract takes', () => {
    const reply =
      contract.paths['/v1/inquiries/{reference}/replies'].post.requestBody.content['application/json'].schema;
    expect(MAX_ATTACHMENTS).toBe(reply.properties.attachmentIds.maxItems);
  });

  it('when a file is of another type, empty or over the limit, it is refused with that reason before any upload', () => {
    expect(fileRefusal({ type: 'image/gif', size: 100 })).toBe('type');
    expect(fileRefusal({ type: '', size: 100 })).toBe('type');
    expect(fileRefusal(pdf(0))).toBe('empty');
    expect(fileRefusal(pdf(MAX_ATTACHMENT_BYTES + 1))).toBe('size');
  });

  it('when a file is an accepted type up to the limit, it goes', () => {
    expect(fileRefusal(pdf(MAX_ATTACHMENT_BYTES))).toBeUndefined();
    expect(fileRefusal({ type: 'image/png', size: 1 })).toBeUndefined();
  });

  it('when one file of several is refused, or there are too many, the form does not send', () => {
    expect(filesAcceptable([pdf(10), pdf(20)])).toBe(true);
    expect(filesAcceptable([])).toBe(true);
    expect(filesAcceptable([pdf(10), { type: 'text/plain', size: 5 }])).toBe(false);
    expect(filesAcceptable(Array.from({ length: MAX_ATTACHMENTS + 1 }, () => pdf(10)))).toBe(false);
  });
});

describe('waiting for the checks on an uploaded file', () => {
  it('when the file is verified or refused, waiting is over; while pending, it goes on', () => {
    expect(isSettled('VERIFIED')).toBe(true);
    expect(isSettled('REJECTED')).toBe(true);
    expect(isSettled('PENDING')).toBe(false);
  });

  it('when asked again and again, the pauses grow to a ceiling and the whole wait stays under a minute', () => {
    // Act
    const delays = Array.from({ length: POLL_ATTEMPTS }, (_, attempt) => pollDelay(attempt));
    // Assess
    expect(delays.slice(0, 4)).toEqual([500, 1000, 2000, 4000]);
    expect(Math.max(...delays)).toBe(4000);
    expect(delays.reduce((sum, delay) => sum + delay, 0)).toBeLessThan(60_000);
  });
});
