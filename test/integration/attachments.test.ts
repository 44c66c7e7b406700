import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbAttachmentRepository } from '../../functions/adapters/attachments/dynamodb-attachment-repository.js';
import { S3DownloadLinks } from '../../functions/adapters/attachments/s3-download-links.js';
import { S3StoredFiles } from '../../functions/adapters/attachments/s3-stored-files.js';
import { S3UploadForms } from '../../functions/adapters/attachments/s3-upload-forms.js';
import { DynamoDbInquiryRepository } from '../../functions/adapters/inquiries/dynamodb-inquiry-repository.js';
import { type Attachment, attachmentObjectKey } from '../../functions/domain/attachments/attachment.js';
import { AttachmentLimitReached, InquiryNotFound } from '../../functions/domain/shared/errors.js';
import { LOCAL_AWS } from '../../lib/local/dynamodb-local.js';
import { type S3Emulator, startS3Emulator } from '../../lib/local/s3-emulator.js';
import { postForm, samplePdf } from '../support/files.js';
import { anInquiry, anOwner, aPendingAttachment } from '../support/inquiries.js';
import { freshInquiriesTable } from '../support/local-tables.js';

const pendingFor = (inquiryReference: Attachment['inquiryReference'], overrides: Partial<Attachment> = {}) =>
  aPendingAttachment({ inquiryReference, ...overrides });
const now = new Date('2026-11-22T06:01:00Z');

describe('DynamoDB attachment repository against DynamoDB Local', () => {
  let inquiries: DynamoDbInquiryRepository;
  let attachments: DynamoDbAttachmentRepository;

  beforeAll(async () => {
    const { documentClient, tableName } = await freshInquiriesTable();
    inquiries = new DynamoDbInquiryRepository(documentClient, tableName);
    attachments = new DynamoDbAttachmentRepository(documentClient, tableName);
  });

  it('when twelve uploads are requested at once, never more than ten take a place, and retries fill exactly ten', async () => {
    // Prepare
    const inquiry = anInquiry();
    await inquiries.create(inquiry);
    const add = () => attachments.addPending(anOwner(inquiry.residentId), pendingFor(inquiry.reference), now);
    // Act
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, add));
    const afterRace = (await attachments.list(inquiry.reference)).length;
    for (let retry = 0; retry < 12 && (await attachments.list(inquiry.reference)).length < 10; retry++) await add();
    // Assess
    expect(afterRace).toBeLessThanOrEqual(10);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason.name).toMatch(/AttachmentLimitReached|ConcurrentChange/);
    }
    expect((await attachments.list(inquiry.reference)).length).toBe(10);
    await expect(add()).rejects.toBeInstanceOf(AttachmentLimitReached);
  });

  it('when a rejected or expired attachment frees its place, a new one fits', async () => {
    // Prepare
    const inquiry = anInquiry();
    await inquiries.create(inquiry);
    for (let i = 0; i < 9; i++)
      await attachments.addPending(anOwner(inquiry.residentId), pendingFor(inquiry.reference), now);
    await attachments.addPending(
      anOwner(inquiry.residentId),
      pendingFor(inquiry.reference, { uploadExpiresAt: '2026-11-22T06:00:30.000Z' }),
      now,
    );
    // Act & Assess
    await expect(
      attachments.addPending(anOwner(inquiry.residentId), pendingFor(inquiry.reference), now),
    ).resolves.toBeUndefined();
  });

  it("when the inquiry is someone else's or missing, nothing is added", async () => {
    const inquiry = anInquiry();
    await inquiries.create(inquiry);
    await expect(
      attachments.addPending(anOwner('intruder'), pendingFor(inquiry.reference), now),
    ).rejects.toBeInstanceOf(InquiryNotFound);
    await expect(
      attachments.addPending(anOwner(inquiry.residentId), pendingFor(anInquiry().reference), now),
    ).rejects.toBeInstanceOf(InquiryNotFound);
    expect(await attachments.list(inquiry.reference)).toEqual([]);
  });

  it('when a verdict is recorded twice, the second is refused and the timeline holds one entry', async () => {
    // Prepare
    const inquiry = anInquiry();
    await inquiries.create(inquiry);
    const attachment = pendingFor(inquiry.reference);
    await attachments.addPending(anOwner(inquiry.residentId), attachment, now);
    const entry = {
      at: '2026-11-22T06:02:00.000Z',
      actor: 'system' as const,
      event: 'ATTACHMENT_VERIFIED' as const,
      attachmentId: attachment.attachmentId,
    };
    // Act
    const first = await attachments.decide(
      attachment,
      { status: 'VERIFIED', object: { version: 'v1', etag: 'e1' } },
      entry,
    );
    const second = await attachments.decide(
      attachment,
      { status: 'REJECTED', reason: 'size-mismatch', object: { etag: 'e2' } },
      entry,
    );
    // Assess
    expect([first, second]).toEqual([true, false]);
    expect(await attachments.find(inquiry.reference, attachment.attachmentId)).toMatchObject({
      status: 'VERIFIED',
      object: { version: 'v1', etag: 'e1' },
    });
    const timeline = (await inquiries.findByReference(inquiry.reference))!.timeline;
    expect(timeline.filter((e) => e.event)).toEqual([entry]);
  });

  it('when the inquiry has attachments, it still reads and lists as before', async () => {
    const inquiry = anInquiry({ residentId: 'lister' });
    await inquiries.create(inquiry);
    await attachments.addPending(anOwner('lister'), pendingFor(inquiry.reference), now);
    expect(await inquiries.findForResident(anOwner('lister'), inquiry.reference)).toEqual(inquiry);
    expect((await inquiries.listForResident(anOwner('lister'), { limit: 10 })).items).toEqual([inquiry]);
  });
});

describe('S3 attachment adapters against the S3 emulator', () => {
  let emulator: S3Emulator;
  let dataDir: string;
  let forms: S3UploadForms;
  let links: S3DownloadLinks;
  let files: S3StoredFiles;
  let client: S3Client;
  const bucket = 'attachmentsbucket';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-s3-'));
    emulator = await startS3Emulator({ dataDir, buckets: ['AttachmentsBucket'] });
    client = new S3Client({ endpoint: emulator.endpoint, forcePathStyle: true, ...LOCAL_AWS });
    forms = new S3UploadForms(client, bucket);
    links = new S3DownloadLinks(client, bucket);
    files = new S3StoredFiles(client, bucket);
  });

  afterAll(async () => {
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when a file is posted with the issued form, it can be inspected, downloaded intact and removed', async () => {
    // Prepare
    const file = samplePdf(6000);
    const key = attachmentObjectKey(anInquiry().reference, crypto.randomUUID());
    const form = await forms.uploadForm(key, 'application/pdf', file.length, 600);
    // Act
    const posted = await postForm(form, file);
    const inspected = await files.inspect(key, undefined, 4100);
    const downloaded = Buffer.from(
      await (
        await fetch(
          await links.downloadUrl(key, { fileName: 'p.pdf', contentType: 'application/pdf', expiresInSeconds: 60 }),
        )
      ).arrayBuffer(),
    );
    await files.remove(key, undefined);
    // Assess
    expect(posted.status).toBeLessThan(300);
    expect(inspected?.size).toBe(file.length);
    expect(Buffer.from(inspected!.head)).toEqual(file.subarray(0, 4100));
    expect(downloaded.equals(file)).toBe(true);
    expect(await files.inspect(key, undefined, 10)).toBeUndefined();
    expect((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).KeyCount).toBe(0);
  });
});
