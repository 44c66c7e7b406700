import { beforeEach, describe, expect, it } from 'vitest';
import { attachmentKey } from '../../../../functions/domain/attachments/attachment.js';
import { openAttachment, requestUpload, verifyUpload } from '../../../../functions/domain/attachments/attachment-use-cases.js';
import type { Caller } from '../../../../functions/domain/inquiries/caller.js';
import { AttachmentTooLarge, InquiryNotFound } from '../../../../functions/domain/shared/errors.js';
import type { Reference } from '../../../../functions/domain/inquiries/reference.js';
import { sniffContentType } from '../../../../functions/adapters/attachments/file-type-sniffer.js';
import { InMemoryAttachmentRepository, RecordingStore } from '../../../support/in-memory-attachments.js';
import { InMemoryInquiryRepository } from '../../../support/in-memory-inquiry-repository.js';
import { anInquiry } from '../../../support/inquiries.js';
import { plainText, samplePdf, samplePng } from '../../../support/files.js';

const owner = { id: 'resident-1', iqamaNumber: '2000000006', phone: '+966500000001', locale: 'ar' as const };

describe('attachments use cases', () => {
  let inquiries: InMemoryInquiryRepository;
  let attachments: InMemoryAttachmentRepository;
  let store: RecordingStore;
  let reference: Reference;
  const deps = () => ({ inquiries, attachments, claims: inquiries.claims, forms: store, links: store, files: store, clock: () => new Date('2026-11-22T06:00:00Z'), sniff: sniffContentType });

  beforeEach(async () => {
    inquiries = new InMemoryInquiryRepository();
    attachments = new InMemoryAttachmentRepository(inquiries);
    store = new RecordingStore();
    const inquiry = anInquiry({ residentId: owner.id, section: 'PASSPORTS' });
    reference = inquiry.reference;
    await inquiries.create(inquiry);
  });

  const upload = async (file: Buffer, declared: Partial<{ contentType: 'application/pdf' | 'image/png'; size: number }> = {}) => {
    const { attachment } = await requestUpload(deps(), owner, reference, { fileName: 'passport.pdf', contentType: 'application/pdf', size: file.length, ...declared });
    const key = attachmentKey(reference, attachment.attachmentId);
    store.objects.set(key, file);
    return { attachment, key };
  };

  it('when the declared size is over 10 MB, no place is taken and no form is issued', async () => {
    await expect(requestUpload(deps(), owner, reference, { fileName: 'big.pdf', contentType: 'application/pdf', size: 10 * 1024 * 1024 + 1 })).rejects.toBeInstanceOf(AttachmentTooLarge);
    expect(attachments.attachments.size).toBe(0);
    expect(store.calls).toEqual([]);
  });

  it('when a resident asks to upload, the form is for a key made of the reference and a generated id only', async () => {
    const { attachment } = await requestUpload(deps(), owner, reference, { fileName: '../../x.pdf', contentType: 'application/pdf', size: 10 });
    expect(store.calls).toEqual([`form attachments/${reference}/${attachment.attachmentId}`]);
    expect(attachment).toMatchObject({ fileName: 'x.pdf', status: 'PENDING', uploadExpiresAt: '2026-11-22T06:10:00.000Z' });
  });

  it('when another resident asks to upload, the inquiry is not found', async () => {
    await expect(requestUpload(deps(), { ...owner, id: 'intruder' }, reference, { fileName: 'a.pdf', contentType: 'application/pdf', size: 10 })).rejects.toBeInstanceOf(InquiryNotFound);
  });

  it('when a real PDF of the declared size lands, it is tagged, then recorded as verified on the timeline', async () => {
    // Prepare
    const { attachment, key } = await upload(samplePdf());
    // Act
    const outcome = await verifyUpload(deps(), key, { etag: 'e1' });
    // Assess
    expect(outcome).toBe('VERIFIED');
    expect(store.calls.slice(1)).toEqual([`inspect ${key}`, `tag ${key}`]);
    expect(attachments.attachments.get(attachment.attachmentId)).toMatchObject({ status: 'VERIFIED', object: { etag: 'e1' } });
    expect(inquiries.inquiries.get(reference)!.timeline.at(-1)).toMatchObject({ event: 'ATTACHMENT_VERIFIED', attachmentId: attachment.attachmentId, actor: 'system' });
  });

  it.each([
    ['a PNG declared as a PDF', samplePng(), {}, 'type-mismatch'],
    ['a file larger than declared', samplePdf(), { size: 100 }, 'size-mismatch'],
    ['an empty file', Buffer.alloc(0), { size: 100 }, 'size-mismatch'],
    ['plain text', plainText(), {}, 'unrecognized-content'],
  ])('when %s lands, it is rejected with its reason and deleted', async (_, file, declared, reason) => {
    const { attachment, key } = await upload(file, declared);
    expect(await verifyUpload(deps(), key, { etag: 'e1' })).toBe('REJECTED');
    expect(attachments.attachments.get(attachment.attachmentId)).toMatchObject({ status: 'REJECTED', reason });
    expect(store.objects.has(key)).toBe(false);
    expect(inquiries.inquiries.get(reference)!.timeline.at(-1)).toMatchObject({ event: 'ATTACHMENT_REJECTED', note: reason });
  });

  it('when an object matches no pending attachment, it is deleted', async () => {
    for (const key of ['elsewhere/evil.pdf', `attachments/${reference}/0b6f1e4c-3a47-4c2e-9d55-1f3b8b9a2f10`]) {
      store.objects.set(key, samplePdf());
      expect(await verifyUpload(deps(), key, { etag: 'x' })).toBe('UNKNOWN_OBJECT_REMOVED');
      expect(store.objects.has(key)).toBe(false);
    }
  });

  it('when the event of a verified upload comes again, nothing changes; a different upload to the same key is deleted', async () => {
    // Prepare
    const { attachment, key } = await upload(samplePdf());
    await verifyUpload(deps(), key, { version: 'v1', etag: 'e1' });
    // Act
    const repeated = await verifyUpload(deps(), key, { version: 'v1', etag: 'e1' });
    const replaced = await verifyUpload(deps(), key, { version: 'v2', etag: 'e2' });
    // Assess
    expect(repeated).toBe('ALREADY_DECIDED');
    expect(replaced).toBe('LATE_UPLOAD_REMOVED');
    expect(attachments.attachments.get(attachment.attachmentId)).toMatchObject({ status: 'VERIFIED', object: { version: 'v1' } });
    expect(store.calls.filter((c) => c.startsWith('remove'))).toHaveLength(1);
  });

  it('when two uploads to one key race and the other is recorded first, this one is deleted and the recorded one kept', async () => {
    // Prepare: both events read the attachment while it is pending; v2's verdict lands first
    const { attachment, key } = await upload(samplePdf());
    const find = attachments.find.bind(attachments);
    let reads = 0;
    attachments.find = async (...args) => {
      const found = await find(...args);
      if (reads++ === 0) await verifyUpload(deps(), key, { version: 'v2', etag: 'e2' });
      return reads === 1 ? { ...found!, status: 'PENDING' } : found;
    };
    // Act
    const outcome = await verifyUpload(deps(), key, { version: 'v1', etag: 'e1' });
    // Assess
    expect(outcome).toBe('LATE_UPLOAD_REMOVED');
    expect(attachments.attachments.get(attachment.attachmentId)).toMatchObject({ status: 'VERIFIED', object: { version: 'v2' } });
    expect(store.calls.filter((c) => c.startsWith('remove'))).toEqual([`remove ${key}`]);
  });

  it('when recording a verdict fails, the error surfaces so that the event is retried, and the retry completes it', async () => {
    // Prepare
    const { attachment, key } = await upload(samplePdf());
    const decide = attachments.decide.bind(attachments);
    attachments.decide = async () => {
      throw new Error('throttled');
    };
    // Act
    await expect(verifyUpload(deps(), key, { etag: 'e1' })).rejects.toThrow('throttled');
    attachments.decide = decide;
    const retried = await verifyUpload(deps(), key, { etag: 'e1' });
    // Assess
    expect(retried).toBe('VERIFIED');
    expect(attachments.attachments.get(attachment.attachmentId)!.status).toBe('VERIFIED');
  });

  it.each([
    ['PENDING', false],
    ['THREATS_FOUND', false],
    ['FAILED', false],
    ['NO_THREATS_FOUND', true],
  ] as const)('when malware scanning is on and the scan says %s, a download link is given: %s', async (status, linked) => {
    // Prepare
    const verified = await upload(samplePdf());
    await verifyUpload(deps(), verified.key, { version: 'v1', etag: 'e1' });
    const scans = { statusOf: async () => status };
    // Act
    const opened = await openAttachment({ ...deps(), scans }, { kind: 'resident', resident: owner }, reference, verified.attachment.attachmentId);
    // Assess
    expect(opened.scan).toBe(status);
    expect(opened.downloadUrl !== undefined).toBe(linked);
  });

  it('when reading, the owner and reviewers of the section get a download link only for verified files; others get nothing', async () => {
    // Prepare
    const verified = await upload(samplePdf());
    await verifyUpload(deps(), verified.key, { version: 'v1', etag: 'e1' });
    const pendingOne = await upload(samplePdf());
    const callers: Record<string, Caller> = {
      owner: { kind: 'resident', resident: owner },
      reviewer: { kind: 'reviewer', reviewer: { id: 'r1', sections: ['PASSPORTS'] } },
    };
    // Act & Assess
    for (const caller of Object.values(callers)) {
      expect((await openAttachment(deps(), caller, reference, verified.attachment.attachmentId)).downloadUrl).toContain('versionId=v1');
      expect((await openAttachment(deps(), caller, reference, pendingOne.attachment.attachmentId)).downloadUrl).toBeUndefined();
    }
    const strangers: Caller[] = [
      { kind: 'resident', resident: { ...owner, id: 'intruder' } },
      { kind: 'reviewer', reviewer: { id: 'r2', sections: ['VISAS'] } },
    ];
    for (const caller of strangers) {
      await expect(openAttachment(deps(), caller, reference, verified.attachment.attachmentId)).rejects.toBeInstanceOf(InquiryNotFound);
    }
  });
});
