import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AWS } from '../../lib/local/dynamodb-local.js';
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
  const attachmentsOf = (ref = reference) => `${runtime.url}/v1/inquiries/${ref}/attachments`;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-e2e-attachments-'));
    runtime = await startRuntimeProcess(dataDir);
    owner = await token({ role: 'resident', sub: 'owner', iqamaNumber: '2000000006', phone: '+966500000001' });
    stranger = await token({ role: 'resident', sub: 'stranger', iqamaNumber: '2000000014', phone: '+966500000002' });
    reviewer = await token({ role: 'reviewer', sub: 'reviewer', sections: ['PASSPORTS'] });
    otherReviewer = await token({ role: 'reviewer', sub: 'other-reviewer', sections: ['VISAS'] });
    const created = await call(`${runtime.url}/v1/inquiries`, {
      token: owner,
      body: { category: 'PASSPORT_INFORMATION_UPDATE', description: 'Renewed passport attached.' },
    });
    reference = created.body.reference;
  });

  afterAll(async () => {
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const requestUpload = async (body: Record<string, unknown>, ref = reference, as = owner) =>
    call(attachmentsOf(ref), { token: as, body });

  /** Waits for the verifier, which runs on the emulator's event, to decide. */
  const settled = async (attachmentId: string, ref = reference) => {
    for (let i = 0; i < 100; i++) {
      const { body } = await call(`${attachmentsOf(ref)}/${attachmentId}`, { token: owner });
      if (body.status !== 'PENDING') return body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return (await call(`${attachmentsOf(ref)}/${attachmentId}`, { token: owner })).body;
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
    const { status, body } = await requestUpload({
      fileName: 'جواز السفر.pdf',
      contentType: 'application/pdf',
      size: file.length,
    });
    // Act
    const posted = await postForm(body.upload, file);
    const decided = await settled(body.attachmentId);
    const downloaded = await fetch(decided.downloadUrl);
    const timeline = (await call(`${runtime.url}/v1/inquiries/${reference}`, { token: owner })).body.timeline;
    // Assess
    expect(status).toBe(201);
    expect(posted.status).toBeLessThan(300);
    expect(decided).toMatchObject({ status: 'VERIFIED', fileName: 'جواز السفر.pdf', size: file.length });
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(file)).toBe(true);
    expect(timeline).toContainEqual(
      expect.objectContaining({ event: 'ATTACHMENT_VERIFIED', attachmentId: body.attachmentId }),
    );
  });

  it.each([
    [
      'a PNG declared as a PDF',
      samplePng(),
      (size: number) => ({ contentType: 'application/pdf', size }),
      'type-mismatch',
    ],
    [
      'a file larger than declared',
      samplePdf(3000),
      () => ({ contentType: 'application/pdf', size: 1000 }),
      'size-mismatch',
    ],
    ['an empty file', Buffer.alloc(0), () => ({ contentType: 'application/pdf', size: 1000 }), 'size-mismatch'],
  ])('when %s is uploaded, it is REJECTED with its reason and no object is left', async (_, file, declared, reason) => {
    const { body } = await requestUpload({ fileName: 'doc.pdf', ...declared(file.length) });
    await postForm(body.upload, file);
    const decided = await settled(body.attachmentId);
    expect(decided).toMatchObject({ status: 'REJECTED', reason, reasonDetail: expect.any(String) });
    expect(decided.downloadUrl).toBeUndefined();
    expect(await storedKeys(body.upload.url)).not.toContain(body.upload.fields.key);
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
    const { body } = await requestUpload({ fileName: 'doc.pdf', contentType: 'application/pdf', size: file.length });
    const changes: Record<string, string> = tamper(body.upload.fields);
    // Act
    await postForm(body.upload, file, changes);
    // A tampered key never reaches its attachment, which stays pending; give the verifier time to act.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const decided = (await call(`${attachmentsOf()}/${body.attachmentId}`, { token: owner })).body;
    // Assess
    expect(decided.status).not.toBe('VERIFIED');
    expect(await storedKeys(body.upload.url)).not.toContain(changes.key ?? body.upload.fields.key);
  });

  it('when another resident tries to list, read or add attachments, every answer is 404', async () => {
    const { body } = await requestUpload({ fileName: 'a.pdf', contentType: 'application/pdf', size: 100 });
    expect((await call(attachmentsOf(), { token: stranger })).status).toBe(404);
    expect((await call(`${attachmentsOf()}/${body.attachmentId}`, { token: stranger })).status).toBe(404);
    expect(
      (await requestUpload({ fileName: 'a.pdf', contentType: 'application/pdf', size: 100 }, reference, stranger))
        .status,
    ).toBe(404);
  });

  it('when a reviewer of the section reads, they see the attachments; a reviewer of another section gets 404', async () => {
    expect((await call(attachmentsOf(), { token: reviewer })).body.items.length).toBeGreaterThan(0);
    expect((await call(attachmentsOf(), { token: otherReviewer })).status).toBe(404);
  });

  it('when an inquiry already has ten attachments, the eleventh is refused with 409', async () => {
    // Prepare
    const { body: inquiry } = await call(`${runtime.url}/v1/inquiries`, {
      token: owner,
      body: { category: 'GENERAL_INQUIRY', description: 'Ten documents for this one.' },
    });
    for (let i = 0; i < 10; i++) {
      expect(
        (
          await requestUpload(
            { fileName: `page-${i}.pdf`, contentType: 'application/pdf', size: 100 },
            inquiry.reference,
          )
        ).status,
      ).toBe(201);
    }
    // Act
    const eleventh = await requestUpload(
      { fileName: 'page-10.pdf', contentType: 'application/pdf', size: 100 },
      inquiry.reference,
    );
    // Assess
    expect(eleventh.status).toBe(409);
    expect(eleventh.body.type).toBe('urn:tawasul:problem:attachment-limit-reached');
    expect((await call(attachmentsOf(inquiry.reference), { token: owner })).body.items).toHaveLength(10);
  });

  it('when five identical upload requests with one Idempotency-Key are sent at once, one attachment is pending and its form still uploads', async () => {
    // Prepare
    const { body: inquiry } = await call(`${runtime.url}/v1/inquiries`, {
      token: owner,
      body: { category: 'GENERAL_INQUIRY', description: 'One scan, sent five times.' },
    });
    const file = samplePdf(4000);
    const request = { fileName: 'scan.pdf', contentType: 'application/pdf', size: file.length };
    // Act
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        call(attachmentsOf(inquiry.reference), {
          token: owner,
          body: request,
          headers: { 'idempotency-key': 'scan-once' },
        }),
      ),
    );
    const posted = await postForm(answers[4]!.body.upload, file);
    // Assess
    const listed = (await call(attachmentsOf(inquiry.reference), { token: owner })).body.items;
    expect(listed).toHaveLength(1);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((answer) => answer.body.attachmentId))).toEqual(new Set([listed[0].attachmentId]));
    expect(answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true')).toHaveLength(4);
    expect(posted.status).toBeLessThan(300);
    expect(await settled(listed[0].attachmentId, inquiry.reference)).toMatchObject({ status: 'VERIFIED' });
  });

  it('when the declared size is over 10 MB, no form is issued', async () => {
    const { status, body } = await requestUpload({
      fileName: 'huge.pdf',
      contentType: 'application/pdf',
      size: 10 * 1024 * 1024 + 1,
    });
    expect(status).toBe(413);
    expect(body.upload).toBeUndefined();
  });

  /** `npm run upload -- REFERENCE FILE`'s command, as the README runs it, with TOKEN and PORT. */
  const runUpload = (args: string[], tokenValue: string) =>
    runLocalCommand('bin/upload.ts', args, { PORT: new URL(runtime.url).port, TOKEN: tokenValue });

  it('when `npm run upload` is given the owner’s token, a reference and a PDF, it prints the id of the attachment, which is VERIFIED', async () => {
    // Prepare
    const created = await call(`${runtime.url}/v1/inquiries`, {
      token: owner,
      body: { category: 'PASSPORT_INFORMATION_UPDATE', description: 'Uploaded with the helper.' },
    });
    const file = join(dataDir, 'جواز السفر.pdf');
    writeFileSync(file, samplePdf(3000));
    // Act
    const { code, stdout, stderr } = await runUpload([created.body.reference, file], owner);
    // Assess
    const attachmentId = stdout.trim();
    expect(code).toBe(0);
    expect(stderr).toContain(`attachment ${attachmentId} VERIFIED`);
    const read = await call(`${attachmentsOf(created.body.reference)}/${attachmentId}`, { token: owner });
    expect(read.body).toMatchObject({
      status: 'VERIFIED',
      fileName: 'جواز السفر.pdf',
      contentType: 'application/pdf',
      size: samplePdf(3000).length,
    });
  });

  it('when `npm run upload` is refused — another resident’s inquiry, a missing file — it says so in one line, and nothing is attached', async () => {
    // Prepare
    const created = await call(`${runtime.url}/v1/inquiries`, {
      token: owner,
      body: { category: 'PASSPORT_INFORMATION_UPDATE', description: 'Not for strangers.' },
    });
    const file = join(dataDir, 'copy.pdf');
    writeFileSync(file, samplePdf());
    // Act
    const asStranger = await runUpload([created.body.reference, file], stranger);
    const missing = await runUpload([created.body.reference, join(dataDir, 'missing.pdf')], owner);
    // Assess
    expect(asStranger).toMatchObject({ code: 1, stdout: '' });
    expect(asStranger.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^No upload form for copy\.pdf: HTTP 404/),
    ]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr.trim()).toMatch(/^Cannot read .*missing\.pdf: no such file$/);
    expect((await call(attachmentsOf(created.body.reference), { token: owner })).body.items).toEqual([]);
  });
});
