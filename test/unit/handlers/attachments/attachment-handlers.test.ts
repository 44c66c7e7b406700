import { beforeEach, describe, expect, it } from 'vitest';
import { sniffContentType } from '../../../../functions/adapters/attachments/file-type-sniffer.js';
import type { ObjectCreatedEvent } from '../../../../functions/adapters/shared/s3-object-created.js';
import { createHandler as createGet } from '../../../../functions/handlers/attachments/get-attachment.js';
import { createHandler as createList } from '../../../../functions/handlers/attachments/list-attachments.js';
import { createHandler as createRequest } from '../../../../functions/handlers/attachments/request-upload.js';
import { createHandler as createVerify } from '../../../../functions/handlers/attachments/verify-upload.js';
import {
  apiEvent,
  bodyOf,
  jsonEvent,
  lambdaContext,
  OTHER_RESIDENT_CLAIMS,
  REVIEWER_CLAIMS,
} from '../../../support/api-events.js';
import { samplePdf } from '../../../support/files.js';
import { InMemoryAttachmentRepository, RecordingStore } from '../../../support/in-memory-attachments.js';
import { InMemoryInquiryRepository } from '../../../support/in-memory-inquiry-repository.js';
import { anInquiry } from '../../../support/inquiries.js';

describe('attachment handlers', () => {
  let deps: Parameters<typeof createRequest>[0] & Parameters<typeof createGet>[0] & Parameters<typeof createVerify>[0];
  let reference: string;
  let store: RecordingStore;
  let attachments: InMemoryAttachmentRepository;

  beforeEach(async () => {
    const inquiries = new InMemoryInquiryRepository();
    const inquiry = anInquiry({ section: 'GENERAL' });
    await inquiries.create(inquiry);
    reference = inquiry.reference;
    store = new RecordingStore();
    attachments = new InMemoryAttachmentRepository(inquiries);
    deps = {
      inquiries,
      attachments,
      claims: inquiries.claims,
      forms: store,
      links: store,
      files: store,
      clock: () => new Date('2026-11-22T06:00:00Z'),
      sniff: sniffContentType,
    };
  });

  const request = (body: unknown, claims?: Record<string, string>) =>
    createRequest(deps)(jsonEvent(body, { pathParameters: { reference }, ...(claims && { claims }) }), lambdaContext);

  it('when the owner asks, it answers 201 with a pending attachment and the upload form', async () => {
    const result = await request({ fileName: 'iqama.png', contentType: 'image/png', size: 1234 });
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      status: 'PENDING',
      fileName: 'iqama.png',
      size: 1234,
      upload: { url: expect.any(String), fields: expect.any(Object) },
    });
  });

  it.each([
    [{ fileName: 'a.pdf', contentType: 'application/pdf', size: 10 * 1024 * 1024 + 1 }, 413, 'attachment-too-large'],
    [{ fileName: 'a.exe', contentType: 'application/x-msdownload', size: 10 }, 400, 'validation-failed'],
    [{ fileName: 'a.pdf', contentType: 'application/pdf', size: 0 }, 400, 'validation-failed'],
    [{ fileName: 'a.pdf', contentType: 'application/pdf', size: 1.5 }, 400, 'validation-failed'],
    [{ fileName: 'a.pdf', contentType: 'application/pdf' }, 400, 'validation-failed'],
    [{ fileName: 'x'.repeat(256), contentType: 'application/pdf', size: 10 }, 400, 'validation-failed'],
  ])('when the request is %j, it answers %i %s and reserves nothing', async (body, status, code) => {
    const result = await request(body);
    expect(result.statusCode).toBe(status);
    expect(bodyOf(result).type).toBe(`urn:tawasul:problem:${code}`);
    expect(attachments.attachments.size).toBe(0);
    expect(store.calls).toEqual([]);
  });

  it('when another resident or a reviewer asks to upload, it is 404 or 403 and nothing is reserved', async () => {
    expect(
      (await request({ fileName: 'a.pdf', contentType: 'application/pdf', size: 10 }, OTHER_RESIDENT_CLAIMS))
        .statusCode,
    ).toBe(404);
    expect(
      (await request({ fileName: 'a.pdf', contentType: 'application/pdf', size: 10 }, REVIEWER_CLAIMS)).statusCode,
    ).toBe(403);
    expect(attachments.attachments.size).toBe(0);
  });

  it('when a reviewer of the section lists or reads, they may; another resident may not', async () => {
    const { attachmentId } = bodyOf(await request({ fileName: 'a.pdf', contentType: 'application/pdf', size: 10 }));
    const list = createList(deps);
    const get = createGet(deps);
    expect(
      bodyOf(await list(apiEvent({ claims: REVIEWER_CLAIMS, pathParameters: { reference } }), lambdaContext)).items,
    ).toHaveLength(1);
    expect(
      (await get(apiEvent({ claims: REVIEWER_CLAIMS, pathParameters: { reference, attachmentId } }), lambdaContext))
        .statusCode,
    ).toBe(200);
    expect(
      (await list(apiEvent({ claims: OTHER_RESIDENT_CLAIMS, pathParameters: { reference } }), lambdaContext))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await get(
          apiEvent({ claims: OTHER_RESIDENT_CLAIMS, pathParameters: { reference, attachmentId } }),
          lambdaContext,
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (await get(apiEvent({ pathParameters: { reference, attachmentId: 'not-an-id' } }), lambdaContext)).statusCode,
    ).toBe(404);
  });

  it('when EventBridge reports objects, the verifier judges each key exactly as stored', async () => {
    // Prepare
    const { attachmentId } = bodyOf(
      await request({ fileName: 'a.pdf', contentType: 'application/pdf', size: samplePdf().length }),
    );
    store.objects.set(`attachments/${reference}/${attachmentId}`, samplePdf());
    store.objects.set('public/a+b c%20.pdf', samplePdf());
    const objectCreated = (key: string) =>
      ({ id: 'e1', detail: { bucket: { name: 'b' }, object: { key, etag: 'x' } } }) as unknown as ObjectCreatedEvent;
    // Act
    const verified = await createVerify(deps)(objectCreated(`attachments/${reference}/${attachmentId}`));
    const stray = await createVerify(deps)(objectCreated('public/a+b c%20.pdf'));
    // Assess
    expect(verified.outcome).toBe('VERIFIED');
    expect(stray.outcome).toBe('UNKNOWN_OBJECT_REMOVED');
    expect(store.objects.has('public/a+b c%20.pdf')).toBe(false);
  });
});
