import { beforeEach, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../../../bench/support/residents.js';
import { bulkReport } from '../../../../functions/domain/establishments/bulk-report.js';
import {
  BULK_LIMITS,
  type BulkRequest,
  bulkFileKey,
} from '../../../../functions/domain/establishments/bulk-request.js';
import type { EstablishmentStaff } from '../../../../functions/domain/establishments/establishment-staff.js';
import { processBulkFile } from '../../../../functions/domain/establishments/process-bulk-file.js';
import { requestBulkUpload } from '../../../../functions/domain/establishments/request-bulk-upload.js';
import { BulkRequestNotFound } from '../../../../functions/domain/shared/errors.js';
import { readBulkFile } from '../../../../functions/handlers/establishments/bulk-file-reader.js';
import { InMemoryBulkFiles, InMemoryBulkRequests } from '../../../support/in-memory-bulk-requests.js';
import { InMemoryDocumentRegister } from '../../../support/in-memory-reminders.js';
import { submissionDeps } from '../../../support/submission-deps.js';

/** 09:00 in Riyadh on 2026-11-25. */
const NOW = new Date('2026-11-25T06:00:00Z');
const EMPLOYER = '7001234567';
const staff: EstablishmentStaff = { id: 'staff-1', establishmentId: EMPLOYER, phone: '+966500000059', locale: 'en' };
const colleague: EstablishmentStaff = { ...staff, id: 'staff-2' };
const employee = (n: number) => withCheckDigit(`2${String(60_000_000 + n).padStart(8, '0')}`);
const PASSPORT_HEADER = 'iqamaNumber,passportNumber,issueDate,expiryDate';
const passportLine = (n: number) => `${employee(n)},P${1_000_000 + n},2026-11-01,2034-10-31`;

describe('bulk files', () => {
  let now: Date;
  let register: InMemoryDocumentRegister;
  let bulkRequests: InMemoryBulkRequests;
  let files: InMemoryBulkFiles;
  let inquiryDeps: ReturnType<typeof submissionDeps>;
  let ids: number;
  const clock = () => now;
  const deps = () => ({
    bulkRequests,
    files,
    readFile: readBulkFile,
    clock,
    inquiries: { ...inquiryDeps, register },
    passports: { register, claims: register.claims, clock },
  });
  const uploadDeps = () => ({
    bulkRequests,
    claims: bulkRequests.claims,
    clock,
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    forms: {
      uploadForm: async (key: string, contentType: string, size: number, seconds: number) => ({
        url: 'https://storage.example/upload',
        fields: { key, 'Content-Type': contentType, size: String(size), seconds: String(seconds) },
        expiresAt: new Date(now.getTime() + seconds * 1000).toISOString(),
      }),
    },
  });
  /** Opens a request as staff would and stores its file; the event then names the stored version. */
  const uploaded = async (
    content: string,
    options: { by?: EstablishmentStaff; kind?: BulkRequest['kind']; contentType?: BulkRequest['contentType'] } = {},
  ) => {
    const by = options.by ?? staff;
    const { bulkRequest } = await requestBulkUpload(uploadDeps(), by, {
      kind: options.kind ?? 'PASSPORT_UPDATES',
      fileName: 'employees.csv',
      contentType: options.contentType ?? 'text/csv',
      size: Buffer.byteLength(content),
    });
    const key = bulkFileKey(by.establishmentId, bulkRequest.bulkRequestId);
    files.store(key, content, 'v1');
    return { key, bulkRequestId: bulkRequest.bulkRequestId };
  };
  const employ = async (count: number, establishmentId = EMPLOYER) => {
    for (let n = 0; n < count; n++)
      await register.updateProfile(employee(n), { establishmentId, phone: '+966500000001', signedInLocale: 'ar' });
  };

  beforeEach(() => {
    now = NOW;
    register = new InMemoryDocumentRegister();
    bulkRequests = new InMemoryBulkRequests();
    files = new InMemoryBulkFiles();
    inquiryDeps = submissionDeps(clock);
    ids = 0;
  });

  it('when a file of passport renewals is applied, each good line renews the employee’s passport, each bad one is reported with its field and code, and the file is removed', async () => {
    // Prepare
    await employ(3);
    const { key, bulkRequestId } = await uploaded(
      [PASSPORT_HEADER, passportLine(0), `${employee(1)},P1000001,2026-11-01,2026-11-20`, passportLine(2), ''].join(
        '\n',
      ),
    );
    // Act
    const outcome = await processBulkFile(deps(), key, { version: 'v1' });
    const report = await bulkReport(deps(), staff, bulkRequestId);
    // Assess
    expect(outcome).toBe('DONE');
    expect(report.request).toMatchObject({ status: 'DONE', lines: 3, processed: 3, succeeded: 2, failed: 1 });
    expect(report.errors).toEqual([{ line: 3, issues: [{ pointer: '/expiryDate', code: 'passport_expired' }] }]);
    expect(report.results.map((result) => result.line)).toEqual([2, 4]);
    expect((await register.documentsOf(employee(2))).map((document) => document.number)).toEqual(['P1000002']);
    expect(files.removed).toEqual([{ key, version: 'v1' }]);
  });

  it('when a line names someone who is not the establishment’s employee, that line fails with not_an_employee and nothing is written for them', async () => {
    // Prepare
    await employ(1);
    await register.updateProfile(employee(1), { establishmentId: '7009876543' });
    const { key, bulkRequestId } = await uploaded([PASSPORT_HEADER, passportLine(1), passportLine(2)].join('\n'));
    // Act
    await processBulkFile(deps(), key, { version: 'v1' });
    // Assess
    const report = await bulkReport(deps(), staff, bulkRequestId);
    expect(report.errors.map((error) => error.issues)).toEqual([
      [{ pointer: '/iqamaNumber', code: 'not_an_employee' }],
      [{ pointer: '/iqamaNumber', code: 'not_an_employee' }],
    ]);
    expect(await register.documentsOf(employee(1))).toEqual([]);
  });

  it('when recording a chunk fails, the delivery fails; its retry goes on from the last recorded chunk and applies no line twice', async () => {
    // Prepare
    const lines = BULK_LIMITS.linesPerChunk + 10;
    await employ(lines);
    const content = [PASSPORT_HEADER, ...Array.from({ length: lines }, (_, n) => passportLine(n))].join('\n');
    const { key, bulkRequestId } = await uploaded(content);
    bulkRequests.failingChunk = { index: 1, error: new Error('DynamoDB unavailable') };
    // Act
    const first = processBulkFile(deps(), key, { version: 'v1' });
    await expect(first).rejects.toThrow('DynamoDB unavailable');
    const halfway = await bulkReport(deps(), staff, bulkRequestId);
    const retried = await processBulkFile(deps(), key, { version: 'v1' });
    const report = await bulkReport(deps(), staff, bulkRequestId);
    // Assess
    expect(halfway.request).toMatchObject({
      status: 'PROCESSING',
      chunksDone: 1,
      processed: BULK_LIMITS.linesPerChunk,
    });
    expect(retried).toBe('DONE');
    expect(report.request).toMatchObject({
      status: 'DONE',
      processed: lines,
      succeeded: lines,
      failed: 0,
      repeated: 10,
    });
    expect(report.results).toHaveLength(lines);
    expect(new Set(report.results.map((result) => result.line)).size).toBe(lines);
  });

  it('when the same event is delivered twice at once, every line is applied once and counted once', async () => {
    // Prepare
    const lines = BULK_LIMITS.linesPerChunk * 2;
    await employ(lines);
    const content = [PASSPORT_HEADER, ...Array.from({ length: lines }, (_, n) => passportLine(n))].join('\n');
    const { key, bulkRequestId } = await uploaded(content);
    // Act
    const outcomes = await Promise.all([
      processBulkFile(deps(), key, { version: 'v1' }),
      processBulkFile(deps(), key, { version: 'v1' }),
    ]);
    // Assess
    const report = await bulkReport(deps(), staff, bulkRequestId);
    expect(outcomes).toContain('DONE');
    expect(report.request).toMatchObject({ status: 'DONE', processed: lines, succeeded: lines });
    expect(report.results).toHaveLength(lines);
  });

  it('when the same line comes again in another staff member’s file within 24 hours, it is repeated: the same inquiry, nothing new filed', async () => {
    // Prepare
    await employ(1);
    const line = `${employee(0)},EXIT_REENTRY_VISA,"نرجو تمديد التأشيرة، لظروف عائلية طارئة."`;
    const content = `\uFEFFiqamaNumber,category,description\r\n${line}\r\n`;
    const first = await uploaded(content, { kind: 'INQUIRIES' });
    await processBulkFile(deps(), first.key, { version: 'v1' });
    now = new Date(NOW.getTime() + 23 * 60 * 60 * 1000);
    // Another file holding the same line (the very same file would be refused as same_file).
    const second = await uploaded(`${content}${employee(1)},EXIT_REENTRY_VISA,"a line for someone else"\r\n`, {
      kind: 'INQUIRIES',
      by: colleague,
    });
    // Act
    await processBulkFile(deps(), second.key, { version: 'v1' });
    // Assess
    const [once] = (await bulkReport(deps(), staff, first.bulkRequestId)).results;
    const [again] = (await bulkReport(deps(), colleague, second.bulkRequestId)).results;
    expect(again).toEqual({ ...once, repeated: true });
    const filed = [...inquiryDeps.inquiries.inquiries.values()];
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({
      description: 'نرجو تمديد التأشيرة، لظروف عائلية طارئة.',
      submittedBy: { establishmentId: EMPLOYER, staffId: 'staff-1', iqamaNumber: employee(0) },
    });
    // One SMS copy per line would flood the staff member: a bulk file's inquiries carry none.
    expect(filed[0]?.submittedBy).not.toHaveProperty('staffContact');
  });

  it('when an object arrives under a key no bulk request has, or after its request settled, it is removed and not read', async () => {
    // Prepare
    await employ(1);
    const { key } = await uploaded([PASSPORT_HEADER, passportLine(0)].join('\n'));
    await processBulkFile(deps(), key, { version: 'v1' });
    files.store(key, [PASSPORT_HEADER, `${employee(0)},P9999999,2026-11-01,2034-10-31`].join('\n'), 'v2');
    const stray = bulkFileKey(EMPLOYER, '00000000-0000-4000-8000-999999999999');
    files.store(stray, PASSPORT_HEADER, 'v1');
    // Act
    const late = await processBulkFile(deps(), key, { version: 'v2' });
    const unknown = await processBulkFile(deps(), stray, { version: 'v1' });
    const unparsable = await processBulkFile(deps(), 'bulk-requests/../attachments/x', {});
    // Assess
    expect([late, unknown, unparsable]).toEqual([
      'LATE_UPLOAD_REMOVED',
      'UNKNOWN_OBJECT_REMOVED',
      'UNKNOWN_OBJECT_REMOVED',
    ]);
    expect((await register.documentsOf(employee(0))).map((document) => document.number)).toEqual(['P1000000']);
    expect(files.removed).toContainEqual({ key, version: 'v2' });
  });

  it('when the stored file is not the size declared, the request is REJECTED with size_mismatch and no line is applied', async () => {
    // Prepare
    await employ(1);
    const { key, bulkRequestId } = await uploaded([PASSPORT_HEADER, passportLine(0)].join('\n'));
    files.store(key, [PASSPORT_HEADER, passportLine(0), passportLine(0)].join('\n'), 'v1');
    // Act
    const outcome = await processBulkFile(deps(), key, { version: 'v1' });
    // Assess
    expect(outcome).toBe('REJECTED');
    expect((await bulkReport(deps(), staff, bulkRequestId)).request).toMatchObject({
      status: 'REJECTED',
      rejection: { code: 'size_mismatch' },
      processed: 0,
    });
    expect(await register.documentsOf(employee(0))).toEqual([]);
  });

  it('when a bulk upload is asked for again with its key, the same request is answered with a form expiring when the first did, and none once it has expired', async () => {
    // Prepare
    const request = { kind: 'INQUIRIES' as const, fileName: 'a.csv', contentType: 'text/csv' as const, size: 10 };
    const first = await requestBulkUpload(uploadDeps(), staff, request, 'key-1');
    now = new Date(NOW.getTime() + 60_000);
    // Act
    const replay = await requestBulkUpload(uploadDeps(), staff, request, 'key-1');
    now = new Date(NOW.getTime() + (BULK_LIMITS.uploadSeconds + 1) * 1000);
    const late = await requestBulkUpload(uploadDeps(), staff, request, 'key-1');
    // Assess
    expect(replay).toMatchObject({ replayed: true, bulkRequest: { bulkRequestId: first.bulkRequest.bulkRequestId } });
    expect(replay.upload?.expiresAt).toBe(first.upload?.expiresAt);
    expect(late.upload).toBeUndefined();
    expect(bulkRequests.requests.size).toBe(1);
  });

  it('when another establishment’s staff, or anyone after the time a request is kept, asks for it, it is not found', async () => {
    // Prepare
    const { bulkRequestId } = await uploaded(PASSPORT_HEADER);
    const other: EstablishmentStaff = { ...staff, id: 'staff-9', establishmentId: '7009876543' };
    // Act
    const others = bulkReport(deps(), other, bulkRequestId);
    now = new Date(NOW.getTime() + BULK_LIMITS.keptDays * 24 * 60 * 60 * 1000);
    const expired = bulkReport(deps(), staff, bulkRequestId);
    // Assess
    await expect(others).rejects.toBeInstanceOf(BulkRequestNotFound);
    await expect(expired).rejects.toBeInstanceOf(BulkRequestNotFound);
  });

  it('when two files are posted to one form and the unreadable one is judged after the good one started, the good one is applied and reported, not overwritten', async () => {
    // Prepare
    await employ(1);
    const content = [PASSPORT_HEADER, passportLine(0)].join('\n');
    const { key, bulkRequestId } = await uploaded(content);
    files.store(key, Buffer.concat([Buffer.from(content.slice(0, -1)), Buffer.from([0xff])]), 'v2');
    const pending = await bulkRequests.find(EMPLOYER, bulkRequestId);
    // Act: the bad version's delivery read PENDING before the good one started.
    const good = await processBulkFile(deps(), key, { version: 'v1' });
    await bulkRequests.reject(pending as BulkRequest, { code: 'not_utf8' }, now.toISOString());
    // Assess
    expect(good).toBe('DONE');
    expect((await bulkReport(deps(), staff, bulkRequestId)).request).toMatchObject({ status: 'DONE', succeeded: 1 });
  });

  it('when a stopped request is redriven after its file expired, or after its claims did, it is REJECTED and what was applied stays reported', async () => {
    // Prepare
    const lines = BULK_LIMITS.linesPerChunk + 1;
    await employ(lines);
    const content = [PASSPORT_HEADER, ...Array.from({ length: lines }, (_, n) => passportLine(n))].join('\n');
    const gone = await uploaded(content);
    const late = await uploaded(content);
    for (const { key } of [gone, late]) {
      bulkRequests.failingChunk = { index: 1, error: new Error('DynamoDB unavailable') };
      await processBulkFile(deps(), key, { version: 'v1' }).catch(() => undefined);
    }
    files.files.delete(`${gone.key}@v1`);
    // Act
    const afterExpiry = await processBulkFile(deps(), gone.key, { version: 'v1' });
    now = new Date(NOW.getTime() + 25 * 60 * 60 * 1000);
    const afterClaims = await processBulkFile(deps(), late.key, { version: 'v1' });
    // Assess
    expect([afterExpiry, afterClaims]).toEqual(['REJECTED', 'REJECTED']);
    const [goneReport, lateReport] = [
      await bulkReport(deps(), staff, gone.bulkRequestId),
      await bulkReport(deps(), staff, late.bulkRequestId),
    ];
    expect(goneReport.request).toMatchObject({ status: 'REJECTED', rejection: { code: 'file_gone' }, processed: 250 });
    expect(lateReport.request).toMatchObject({ status: 'REJECTED', rejection: { code: 'too_late_to_resume' } });
    expect(lateReport.results).toHaveLength(250);
  });

  it('when a request’s file was never posted and its form has long expired, it reads as REJECTED not_uploaded', async () => {
    // Prepare
    const { bulkRequestId } = await requestBulkUpload(uploadDeps(), staff, {
      kind: 'PASSPORT_UPDATES',
      fileName: 'never.csv',
      contentType: 'text/csv',
      size: 10,
    }).then((requested) => requested.bulkRequest);
    // Act
    const soon = await bulkReport(deps(), staff, bulkRequestId);
    now = new Date(NOW.getTime() + (BULK_LIMITS.uploadSeconds + 3600) * 1000);
    const later = await bulkReport(deps(), staff, bulkRequestId);
    // Assess
    expect(soon.request.status).toBe('PENDING');
    expect(later.request).toMatchObject({ status: 'REJECTED', rejection: { code: 'not_uploaded' } });
  });

  it('when the very same file of inquiries is uploaded again, even days later, it is refused as same_file naming the first request; a file of passports may repeat', async () => {
    // Prepare
    await employ(1);
    const inquiries = `iqamaNumber,category,description\n${employee(0)},EXIT_REENTRY_VISA,"نرجو تمديد التأشيرة لظروف عائلية."\n`;
    const passports = [PASSPORT_HEADER, passportLine(0)].join('\n');
    const first = await uploaded(inquiries, { kind: 'INQUIRIES' });
    await processBulkFile(deps(), first.key, { version: 'v1' });
    const firstPassports = await uploaded(passports);
    await processBulkFile(deps(), firstPassports.key, { version: 'v1' });
    now = new Date(NOW.getTime() + 3 * 24 * 60 * 60 * 1000);
    const again = await uploaded(inquiries, { kind: 'INQUIRIES', by: colleague });
    const passportsAgain = await uploaded(passports);
    // Act
    const outcomes = [
      await processBulkFile(deps(), again.key, { version: 'v1' }),
      await processBulkFile(deps(), passportsAgain.key, { version: 'v1' }),
    ];
    // Assess
    expect(outcomes).toEqual(['REJECTED', 'DONE']);
    expect((await bulkReport(deps(), colleague, again.bulkRequestId)).request.rejection).toEqual({
      code: 'same_file',
      sameAs: first.bulkRequestId,
    });
    expect(inquiryDeps.inquiries.inquiries.size).toBe(1);
  });
});
