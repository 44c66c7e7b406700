import { describe, expect, it } from 'vitest';
import { openAttachment } from '../../../../functions/domain/attachments/open-attachment.js';
import { verifyUpload } from '../../../../functions/domain/attachments/verify-upload.js';
import type { Caller } from '../../../../functions/domain/inquiries/caller.js';
import { InquiryNotFound } from '../../../../functions/domain/shared/errors.js';
import { owner, useAttachmentFixture } from '../../../support/attachment-fixture.js';
import { samplePdf } from '../../../support/files.js';

describe('opening an attachment', () => {
  const t = useAttachmentFixture();

  it.each([
    ['PENDING', false],
    ['THREATS_FOUND', false],
    ['FAILED', false],
    ['NO_THREATS_FOUND', true],
  ] as const)(
    'when malware scanning is on and the scan says %s, a download link is given: %s',
    async (status, linked) => {
      // Prepare
      const verified = await t.upload(samplePdf());
      await verifyUpload(t.deps(), verified.key, { version: 'v1', etag: 'e1' });
      const scans = { statusOf: async () => status };
      // Act
      const opened = await openAttachment(
        { ...t.deps(), scans },
        { kind: 'resident', resident: owner },
        t.reference,
        verified.attachment.attachmentId,
      );
      // Assess
      expect(opened.scan).toBe(status);
      expect(opened.downloadUrl !== undefined).toBe(linked);
    },
  );

  it('when reading, the owner and reviewers of the section get a download link only for verified files; others get nothing', async () => {
    // Prepare
    const verified = await t.upload(samplePdf());
    await verifyUpload(t.deps(), verified.key, { version: 'v1', etag: 'e1' });
    const pendingOne = await t.upload(samplePdf());
    const callers: Record<string, Caller> = {
      owner: { kind: 'resident', resident: owner },
      reviewer: { kind: 'reviewer', reviewer: { id: 'r1', sections: ['PASSPORTS'] } },
    };
    // Act & Assess
    for (const caller of Object.values(callers)) {
      expect(
        (await openAttachment(t.deps(), caller, t.reference, verified.attachment.attachmentId)).downloadUrl,
      ).toContain('versionId=v1');
      expect(
        (await openAttachment(t.deps(), caller, t.reference, pendingOne.attachment.attachmentId)).downloadUrl,
      ).toBeUndefined();
    }
    const strangers: Caller[] = [
      { kind: 'resident', resident: { ...owner, id: 'intruder' } },
      { kind: 'reviewer', reviewer: { id: 'r2', sections: ['VISAS'] } },
    ];
    for (const caller of strangers) {
      await expect(
        openAttachment(t.deps(), caller, t.reference, verified.attachment.attachmentId),
      ).rejects.toBeInstanceOf(InquiryNotFound);
    }
  });
});
