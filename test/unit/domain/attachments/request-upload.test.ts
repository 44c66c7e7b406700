import { describe, expect, it } from 'vitest';
import { requestUpload } from '../../../../functions/domain/attachments/request-upload.js';
import { AttachmentTooLarge, InquiryNotFound } from '../../../../functions/domain/shared/errors.js';
import { owner, useAttachmentFixture } from '../../../support/attachment-fixture.js';

describe('requesting an upload', () => {
  const t = useAttachmentFixture();

  it('when the declared size is over 10 MB, no place is taken and no form is issued', async () => {
    await expect(
      requestUpload(t.deps(), owner, t.reference, {
        fileName: 'big.pdf',
        contentType: 'application/pdf',
        size: 10 * 1024 * 1024 + 1,
      }),
    ).rejects.toBeInstanceOf(AttachmentTooLarge);
    expect(t.attachments.attachments.size).toBe(0);
    expect(t.store.calls).toEqual([]);
  });

  it('when a resident asks to upload, the form is for a key made of the reference and a generated id only', async () => {
    const { attachment } = await requestUpload(t.deps(), owner, t.reference, {
      fileName: '../../x.pdf',
      contentType: 'application/pdf',
      size: 10,
    });
    expect(t.store.calls).toEqual([`form attachments/${t.reference}/${attachment.attachmentId}`]);
    expect(attachment).toMatchObject({
      fileName: 'x.pdf',
      status: 'PENDING',
      uploadExpiresAt: '2026-11-22T06:10:00.000Z',
    });
  });

  it('when another resident asks to upload, the inquiry is not found', async () => {
    await expect(
      requestUpload(t.deps(), { ...owner, id: 'intruder' }, t.reference, {
        fileName: 'a.pdf',
        contentType: 'application/pdf',
        size: 10,
      }),
    ).rejects.toBeInstanceOf(InquiryNotFound);
  });
});
