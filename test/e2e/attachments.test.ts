import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AWS } from '../../lib/local/dynamodb-local.js';
import { apiClient, type RequestBody, type Schema, succeeded } from '../support/api-client.js';
import { postForm, samplePdf, samplePng } from '../support/files.js';
import { call } from '../support/http-client.js';
import { runLocalCommand } from '../support/local-command.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

describe('attachments, end to end through the local runtime and the S3 emulator', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let owner: string;
  let stranger: string;
  let reviewer: string;
  let otherReviewer: string;
  let reference: string;

  const token = async (body: Record<string, unknown>) =>
    (await call(`${runtime.url}/local/tokens`, { body })).body.token as string;
  const api = (as?: string) => apiClient(runtime.url, as);
  const submit = (body: RequestBody<'SubmitInquiry'>) => succeeded(api(owner).POST('/v1/inquiries', { body }));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-e2e-attachments-'));
    runtime = await startRuntimeProcess(dataDir);
    owner = await token({ role: 'resident', sub: 'owner', iqamaNumber: '2000000006', phone: '+966500000001' });
    stranger = await token({ role: 'resident', sub: 'stranger', iqamaNumber: '2000000014', phone: '+966500000002' });
    reviewer = await token({ role: 'reviewer', sub: 'reviewer', sections: ['PASSPORTS'] });
    otherReviewer = await token({ role: 'reviewer', sub: 'other-reviewer', sections: ['VISAS'] });
    const inquiry = await submit({
      category: 'PASSPORT_INFORMATION_UPDATE',
      description: 'Renewed passport attached.',
    });
    reference = inquiry.reference;
  });

  afterAll(async () => {
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const requestUpload = (body: RequestBody<'RequestUpload'>, ref = reference, as = owner) =>
    api(as).POST('/v1/inquiries/{reference}/attachments', { params: { path: { reference: ref } }, body });
  const listAttachments = (ref = reference, as = owner) =>
    api(as).GET('/v1/inquiries/{reference}/attachments', { params: { path: { reference: ref } } });
  const openAttachment = (attachmentId: string, ref = reference, as = owner) =>
    api(as).GET('/v1/inquiries/{reference}/attachments/{attachmentId}', {
      params: { path: { reference: ref, attachmentId } },
    });

  /** The form a new attachment's file is posted with: every first request for an upload comes with one. */
  const formOf = (attachment: Schema<'NewAttachment'> | undefined) => {
    if (!attachment?.upload) throw new Error(`No upload form came with ${JSON.stringify(attachment)}`);
    return attachment.upload;
  };

  /** Waits for the verifier, which runs on the emulator's event, to decide. */
  const settled = async (attachmentId: string, ref = reference) => {
    for (let i = 0; i < 100; i++) {
      const attachment = await succeeded(openAttachment(attachmentId, ref));
      if (attachment.status !== 'PENDING') return attachment;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return succeeded(openAttachment(attachmentId, ref));
  };

  /** Every key in the bucket the form posts to. */
  const storedKeys = async (uploadUrl: string) => {
    const url = new URL(uploadUrl);
    const client = new S3Client({ endpoint: url.origin, forcePathStyle: true, ...LOCAL_AWS });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: url.pathname.slice(1) }));
    client.destroy();
    return (listed.Contents ?? []).map((object) => object.Key);
  };

  it('when a valid PDF is uploaded with its form, it becomes VERIFIED, downloads byte-identical and shows on the timeline', async () => {
    // Prepare
    const file = samplePdf(50_000);
    const requested = await requestUpload({
      fileName: 'جواز السفر.pdf',
      contentType: 'application/pdf',
      size: file.length,
    });
    const attachmentId = requested.data?.attachmentId ?? '';
    // Act
    const posted = await postForm(formOf(requested.data), file);
    const decided = await settled(attachmentId);
    const downloaded = await fetch(decided.downloadUrl!);
    const { timeline } = await succeeded(
      api(owner).GET('/v1/inquiries/{reference}', { params: { path: { reference } } }),
    );
    // Assess
    expect(requested.response.status).toBe(201);
    expect(posted.status).toBeLessThan(300);
    expect(decided).toMatchObject({ status: 'VERIFIED', fileName: 'جواز السفر.pdf', size: file.length });
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(file)).toBe(true);
    expect(timeline).toContainEqual(expect.objectContaining({ event: 'ATTACHMENT_VERIFIED', attachmentId }));
  });

  type Declared = Pick<RequestBody<'RequestUpload'>, 'contentType' | 'size'>;
  it.each([
    [
      'a PNG declared as a PDF',
      samplePng(),
      (size: number): Declared => ({ contentType: 'application/pdf', size }),
      'type-mismatch',
    ],
    [
      'a file larger than declared',
      samplePdf(3000),
      (): Declared => ({ contentType: 'application/pdf', size: 1000 }),
      'size-mismatch',
    ],
    [
      'an empty file',
      Buffer.alloc(0),
      (): Declared => ({ contentType: 'application/pdf', size: 1000 }),
      'size-mismatch',
    ],
  ])('when %s is uploaded, it is REJECTED with its reason and no object is left', async (_, file, declared, reason) => {
    const attachment = await succeeded(requestUpload({ fileName: 'doc.pdf', ...declared(file.length) }));
    const form = formOf(attachment);
    await postForm(form, file);
    const decided = await settled(attachment.attachmentId);
    expect(decided).toMatchObject({ status: 'REJECTED', reason, reasonDetail: expect.any(String) });
    expect(decided.downloadUrl).toBeUndefined();
    expect(await storedKeys(form.url)).not.toContain(form.fields.key);
  });

  it.each([
    [
      'the key changed to another attachment',
      (fields: Record<string, string>) => ({ key: fields.key!.replace(/[0-9a-f]{12}$/, '000000000000') }),
    ],
    ['the key moved out of the attachments folder', () => ({ key: 'public/evil.pdf' })],
    ['the content type changed', () => ({ 'Content-Type': 'image/png' })],
  ])('when the form is posted with %s, nothing becomes VERIFIED and no stray object is left', async (_, tamper) => {
    // Prepare
    const file = samplePng();
    const attachment = await succeeded(
      requestUpload({ fileName: 'doc.pdf', contentType: 'application/pdf', size: file.length }),
    );
    const form = formOf(attachment);
    const changes: Record<string, string> = tamper(form.fields);
    // Act
    await postForm(form, file, changes);
    // A tampered key never reaches its attachment, which stays pending; give the verifier time to act.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const decided = await succeeded(openAttachment(attachment.attachmentId));
    // Assess
    expect(decided.status).not.toBe('VERIFIED');
    expect(await storedKeys(form.url)).not.toContain(changes.key ?? form.fields.key);
  });

  it('when another resident tries to list, read or add attachments, every answer is 404', async () => {
    const { attachmentId } = await succeeded(
      requestUpload({ fileName: 'a.pdf', contentType: 'application/pdf', size: 100 }),
    );
    expect((await listAttachments(reference, stranger)).response.status).toBe(404);
    expect((await openAttachment(attachmentId, reference, stranger)).response.status).toBe(404);
    expect(
      (await requestUpload({ fileName: 'a.pdf', contentType: 'application/pdf', size: 100 }, reference, stranger))
        .response.status,
    ).toBe(404);
  });

  it('when a reviewer of the section reads, they see the attachments; a reviewer of another section gets 404', async () => {
    expect((await succeeded(listAttachments(reference, reviewer))).items.length).toBeGreaterThan(0);
    expect((await listAttachments(reference, otherReviewer)).response.status).toBe(404);
  });

  it('when an inquiry already has ten attachments, the eleventh is refused with 409', async () => {
    // Prepare
    const inquiry = await submit({ category: 'GENERAL_INQUIRY', description: 'Ten documents for this one.' });
    for (let i = 0; i < 10; i++) {
      expect(
        (
          await requestUpload(
            { fileName: `page-${i}.pdf`, contentType: 'application/pdf', size: 100 },
            inquiry.reference,
          )
        ).response.status,
      ).toBe(201);
    }
    // Act
    const eleventh = await requestUpload(
      { fileName: 'page-10.pdf', contentType: 'application/pdf', size: 100 },
      inquiry.reference,
    );
    // Assess
    expect(eleventh.response.status).toBe(409);
    expect(eleventh.error?.type).toBe('urn:tawasul:problem:attachment-limit-reached');
    expect((await succeeded(listAttachments(inquiry.reference))).items).toHaveLength(10);
  });

  it('when five identical upload requests with one Idempotency-Key are sent at once, one attachment is pending and its form still uploads', async () => {
    // Prepare
    const inquiry = await submit({ category: 'GENERAL_INQUIRY', description: 'One scan, sent five times.' });
    const file = samplePdf(4000);
    const request = {
      fileName: 'scan.pdf',
      contentType: 'application/pdf',
      size: file.length,
    } satisfies RequestBody<'RequestUpload'>;
    // Act
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        api(owner).POST('/v1/inquiries/{reference}/attachments', {
          params: { path: { reference: inquiry.reference }, header: { 'Idempotency-Key': 'scan-once' } },
          body: request,
        }),
      ),
    );
    const posted = await postForm(formOf(answers[4]?.data), file);
    // Assess
    const listed = (await succeeded(listAttachments(inquiry.reference))).items;
    expect(listed).toHaveLength(1);
    expect(answers.map((answer) => answer.response.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((answer) => answer.data?.attachmentId))).toEqual(new Set([listed[0]!.attachmentId]));
    expect(answers.filter((answer) => answer.response.headers.get('idempotent-replayed') === 'true')).toHaveLength(4);
    expect(posted.status).toBeLessThan(300);
    expect(await settled(listed[0]!.attachmentId, inquiry.reference)).toMatchObject({ status: 'VERIFIED' });
  });

  it('when the declared size is over 10 MB, no form is issued', async () => {
    const { response, error } = await requestUpload({
      fileName: 'huge.pdf',
      contentType: 'application/pdf',
      size: 10 * 1024 * 1024 + 1,
    });
    expect(response.status).toBe(413);
    expect(error).not.toHaveProperty('upload');
  });

  /** `npm run upload -- REFERENCE FILE`'s command, as the README runs it, with TOKEN and PORT. */
  const runUpload = (args: string[], tokenValue: string) =>
    runLocalCommand('bin/upload.ts', args, { PORT: new URL(runtime.url).port, TOKEN: tokenValue });

  it('when `npm run upload` is given the owner’s token, a reference and a PDF, it prints the id of the attachment, which is VERIFIED', async () => {
    // Prepare
    const created = await submit({ category: 'PASSPORT_INFORMATION_UPDATE', description: 'Uploaded with the helper.' });
    const file = join(dataDir, 'جواز السفر.pdf');
    writeFileSync(file, samplePdf(3000));
    // Act
    const { code, stdout, stderr } = await runUpload([created.reference, file], owner);
    // Assess
    const attachmentId = stdout.trim();
    expect(code).toBe(0);
    expect(stderr).toContain(`attachment ${attachmentId} VERIFIED`);
    const read = await openAttachment(attachmentId, created.reference);
    expect(read.data).toMatchObject({
      status: 'VERIFIED',
      fileName: 'جواز السفر.pdf',
      contentType: 'application/pdf',
      size: samplePdf(3000).length,
    });
  });

  it('when `npm run upload` is refused — another resident’s inquiry, a missing file — it says so in one line, and nothing is attached', async () => {
    // Prepare
    const created = await submit({ category: 'PASSPORT_INFORMATION_UPDATE', description: 'Not for strangers.' });
    const file = join(dataDir, 'copy.pdf');
    writeFileSync(file, samplePdf());
    // Act
    const asStranger = await runUpload([created.reference, file], stranger);
    const missing = await runUpload([created.reference, join(dataDir, 'missing.pdf')], owner);
    // Assess
    expect(asStranger).toMatchObject({ code: 1, stdout: '' });
    expect(asStranger.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^No upload form for copy\.pdf: HTTP 404/),
    ]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr.trim()).toMatch(/^Cannot read .*missing\.pdf: no such file$/);
    expect((await succeeded(listAttachments(created.reference))).items).toEqual([]);
  });
});
