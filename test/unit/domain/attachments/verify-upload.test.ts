import { describe, expect, it } from 'vitest';
import { verifyUpload } from '../../../../functions/domain/attachments/verify-upload.js';
import { useAttachmentFixture } from '../../../support/attachment-fixture.js';
import { plainText, samplePdf, samplePng } from '../../../support/files.js';

describe('verifying an upload', () => {
  const t = useAttachmentFixture();

  it('when a real PDF of the declared size lands, it is tagged, then recorded as verified on the timeline', async () => {
    // Prepare
    const { attachment, key } = await t.upload(samplePdf());
    // Act
    const outcome = await verifyUpload(t.deps(), key, { etag: 'e1' });
    // Assess
    expect(outcome).toBe('VERIFIED');
    expect(t.store.calls.slice(1)).toEqual([`inspect ${key}`, `tag ${key}`]);
    expect(t.attachments.attachments.get(attachment.attachmentId)).toMatchObject({
      status: 'VERIFIED',
      object: { etag: 'e1' },
    });
    expect(t.inquiries.inquiries.get(t.reference)!.timeline.at(-1)).toMatchObject({
      event: 'ATTACHMENT_VERIFIED',
      attachmentId: attachment.attachmentId,
      actor: 'system',
    });
  });

  it.each([
    ['a PNG declared as a PDF', samplePng(), {}, 'type-mismatch'],
    ['a file larger than declared', samplePdf(), { size: 100 }, 'size-mismatch'],
    ['an empty file', Buffer.alloc(0), { size: 100 }, 'size-mismatch'],
    ['plain text', plainText(), {}, 'unrecognized-content'],
  ])('when %s lands, it is rejected with its reason and deleted', async (_, file, declared, reason) => {
    const { attachment, key } = await t.upload(file, declared);
    expect(await verifyUpload(t.deps(), key, { etag: 'e1' })).toBe('REJECTED');
    expect(t.attachments.attachments.get(attachment.attachmentId)).toMatchObject({ status: 'REJECTED', reason });
    expect(t.store.objects.has(key)).toBe(false);
    expect(t.inquiries.inquiries.get(t.reference)!.timeline.at(-1)).toMatchObject({
      event: 'ATTACHMENT_REJECTED',
      note: reason,
    });
  });

  it('when an object matches no pending attachment, it is deleted', async () => {
    for (const key of ['elsewhere/evil.pdf', `attachments/${t.reference}/0b6f1e4c-3a47-4c2e-9d55-1f3b8b9a2f10`]) {
      t.store.objects.set(key, samplePdf());
      expect(await verifyUpload(t.deps(), key, { etag: 'x' })).toBe('UNKNOWN_OBJECT_REMOVED');
      expect(t.store.objects.has(key)).toBe(false);
    }
  });

  it('when the event of a verified upload comes again, nothing changes; a different upload to the same key is deleted', async () => {
    // Prepare
    const { attachment, key } = await t.upload(samplePdf());
    await verifyUpload(t.deps(), key, { version: 'v1', etag: 'e1' });
    // Act
    const repeated = await verifyUpload(t.deps(), key, { version: 'v1', etag: 'e1' });
    const replaced = await verifyUpload(t.deps(), key, { version: 'v2', etag: 'e2' });
    // Assess
    expect(repeated).toBe('ALREADY_DECIDED');
    expect(replaced).toBe('LATE_UPLOAD_REMOVED');
    expect(t.attachments.attachments.get(attachment.attachmentId)).toMatchObject({
      status: 'VERIFIED',
      object: { version: 'v1' },
    });
    expect(t.store.calls.filter((c) => c.startsWith('remove'))).toHaveLength(1);
  });

  it('when two uploads to one key race and the other is recorded first, this one is deleted and the recorded one kept', async () => {
    // Prepare: both events read the attachment while it is pending; v2's verdict lands first
    const { attachment, key } = await t.upload(samplePdf());
    const find = t.attachments.find.bind(t.attachments);
    let reads = 0;
    t.attachments.find = async (...args) => {
      const found = await find(...args);
      if (reads++ === 0) await verifyUpload(t.deps(), key, { version: 'v2', etag: 'e2' });
      return reads === 1 ? { ...found!, status: 'PENDING' } : found;
    };
    // Act
    const outcome = await verifyUpload(t.deps(), key, { version: 'v1', etag: 'e1' });
    // Assess
    expect(outcome).toBe('LATE_UPLOAD_REMOVED');
    expect(t.attachments.attachments.get(attachment.attachmentId)).toMatchObject({
      status: 'VERIFIED',
      object: { version: 'v2' },
    });
    expect(t.store.calls.filter((c) => c.startsWith('remove'))).toEqual([`remove ${key}`]);
  });

  it('when recording a verdict fails, the error surfaces so that the event is retried, and the retry completes it', async () => {
    // Prepare
    const { attachment, key } = await t.upload(samplePdf());
    const decide = t.attachments.decide.bind(t.attachments);
    t.attachments.decide = async () => {
      throw new Error('throttled');
    };
    // Act
    await expect(verifyUpload(t.deps(), key, { etag: 'e1' })).rejects.toThrow('throttled');
    t.attachments.decide = decide;
    const retried = await verifyUpload(t.deps(), key, { etag: 'e1' });
    // Assess
    expect(retried).toBe('VERIFIED');
    expect(t.attachments.attachments.get(attachment.attachmentId)!.status).toBe('VERIFIED');
  });
});
