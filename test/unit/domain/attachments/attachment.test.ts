import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Attachment,
  attachmentObjectKey,
  holdsAPlace,
  judgeUpload,
  parseAttachmentObjectKey,
  sanitizeFileName,
} from '../../../../functions/domain/attachments/attachment.js';
import { aPendingAttachment } from '../../../support/inquiries.js';

const pending = (overrides: Partial<Attachment> = {}) =>
  aPendingAttachment({ attachmentId: '0b6f1e4c-3a47-4c2e-9d55-1f3b8b9a2f10', ...overrides });

describe('attachment rules', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\me\\iqama.png', 'iqama.png'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['  جواز   السفر.pdf  ', 'جواز السفر.pdf'],
    ['name\u0000with\u0007controls.pdf', 'namewithcontrols.pdf'],
    ['...hidden', 'hidden'],
    ['', 'attachment'],
    ['/', 'attachment'],
  ])('when the file name is %j, it is shown as %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('when any name is given, the result has no path, controls or bidi marks and at most 255 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (name) => {
        const shown = sanitizeFileName(name);
        expect(shown).not.toMatch(/[\\/\p{Cc}\u202A-\u202E\u2066-\u2069]/u);
        expect([...shown].length).toBeGreaterThan(0);
        expect([...shown].length).toBeLessThanOrEqual(255);
      }),
    );
  });

  it('when a key is built, only that key parses back, and nothing a user could name does', () => {
    const attachment = pending();
    const key = attachmentObjectKey(attachment.inquiryReference, attachment.attachmentId);
    expect(parseAttachmentObjectKey(key)).toEqual({
      reference: attachment.inquiryReference,
      attachmentId: attachment.attachmentId,
    });
    for (const other of [
      `${key}/x`,
      `x/${key}`,
      'attachments/TW-0000-0000-0000/../../secret',
      'other/evil.pdf',
      key.toUpperCase(),
    ]) {
      expect(parseAttachmentObjectKey(other)).toBeUndefined();
    }
  });

  it.each([
    [{ size: 2048, sniffedType: 'application/pdf' }, { status: 'VERIFIED' }],
    [
      { size: 2049, sniffedType: 'application/pdf' },
      { status: 'REJECTED', reason: 'size-mismatch' },
    ],
    [
      { size: 0, sniffedType: undefined },
      { status: 'REJECTED', reason: 'size-mismatch' },
    ],
    [
      { size: 2048, sniffedType: 'image/png' },
      { status: 'REJECTED', reason: 'type-mismatch' },
    ],
    [
      { size: 2048, sniffedType: undefined },
      { status: 'REJECTED', reason: 'unrecognized-content' },
    ],
  ])('when the stored file is %j, the verdict is %j', (observed, verdict) => {
    expect(judgeUpload(pending(), observed)).toEqual(verdict);
  });

  it('when counting places, verified and live pending attachments count; rejected and expired ones do not', () => {
    const now = new Date('2026-11-22T06:05:00Z');
    expect(holdsAPlace(pending(), now)).toBe(true);
    expect(holdsAPlace(pending({ status: 'VERIFIED', uploadExpiresAt: '2026-01-01T00:00:00Z' }), now)).toBe(true);
    expect(holdsAPlace(pending({ uploadExpiresAt: '2026-11-22T06:04:59Z' }), now)).toBe(false);
    expect(holdsAPlace(pending({ status: 'REJECTED' }), now)).toBe(false);
  });
});
