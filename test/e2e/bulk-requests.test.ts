import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../bench/support/residents.js';
import { addDays, riyadhToday } from '../../functions/domain/shared/calendar-date.js';
import { apiClient, succeeded } from '../support/api-client.js';
import { postForm } from '../support/files.js';
import { call } from '../support/http-client.js';
import { importRegisterRecords } from '../support/local-command.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

const EMPLOYER = '7001234567';
const OTHER_EMPLOYER = '7009876543';
const EMPLOYEES = 1_000;
/** The n-th employee of EMPLOYER; numbers clear of every other test's. */
const employeeNumber = (n: number) => withCheckDigit(`2${String(50_000_000 + n).padStart(8, '0')}`);
/** Another establishment's employee, and a valid number no one holds. */
const OTHERS_EMPLOYEE = withCheckDigit('259999998');
const NOBODY = withCheckDigit('259999999');

type Report = {
  status: string;
  lines?: number;
  processed: number;
  progress: number;
  succeeded: number;
  failed: number;
  repeated: number;
  rejection?: { code: string; detail: string; line?: number; column?: string };
  errors: { line: number; field: string; code: string; detail: string }[];
  results: { line: number; iqamaNumber: string; reference?: string; repeated: boolean }[];
};

describe('bulk files of an establishment, end to end over HTTP and storage', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let today: string;
  let staff: string;
  let otherStaff: string;

  const token = async (claims: Record<string, unknown>) =>
    (await call(`${runtime.url}/local/tokens`, { body: claims })).body.token as string;
  const api = (as: string) => apiClient(runtime.url, as);

  /** Opens a bulk request and posts the file to the form, as the console does. */
  const upload = async (
    as: string,
    kind: 'PASSPORT_UPDATES' | 'INQUIRIES',
    file: Buffer,
    contentType: 'text/csv' | 'application/x-ndjson' = 'text/csv',
  ) => {
    const opened = await succeeded(
      api(as).POST('/v1/establishment/bulk-requests', {
        params: { header: { 'Idempotency-Key': `bulk-${Math.random().toString(36).slice(2)}` } },
        body: { kind, fileName: 'employees.csv', contentType, size: file.length },
      }),
    );
    if (!opened.upload) throw new Error('No upload form came with the bulk request');
    const posted = await postForm(opened.upload, file);
    expect(posted.ok).toBe(true);
    return opened.bulkRequestId;
  };
  const read = (as: string, bulkRequestId: string) =>
    api(as).GET('/v1/establishment/bulk-requests/{bulkRequestId}', { params: { path: { bulkRequestId } } });
  /** Follows the request until it is settled, keeping every progress seen on the way. */
  const settled = async (bulkRequestId: string, seen: number[] = []): Promise<Report> => {
    for (let attempt = 0; attempt < 600; attempt++) {
      const report = (await succeeded(read(staff, bulkRequestId))) as Report;
      seen.push(report.progress);
      if (report.status === 'DONE' || report.status === 'REJECTED') return report;
      await setTimeout(250);
    }
    throw new Error(`Bulk request ${bulkRequestId} never settled`);
  };
  const importLines = (records: Record<string, unknown>[]) =>
    importRegisterRecords(
      runtime.url,
      dataDir,
      records.map((record) => ({ holder: { kind: 'RESIDENT' }, ...record })),
    );
  const passportsOf = async (iqamaNumber: string) =>
    (
      await succeeded(
        api(staff).GET('/v1/establishment/employees/{iqamaNumber}', { params: { path: { iqamaNumber } } }),
      )
    ).documents
      .filter((document) => document.type === 'PASSPORT')
      .map((document) => document.number);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-bulk-e2e-'));
    runtime = await startRuntimeProcess(dataDir);
    today = riyadhToday(new Date((await call(`${runtime.url}/local/clock`)).body.now as string));
    const register = [
      ...Array.from({ length: EMPLOYEES }, (_, n) => ({
        iqamaNumber: employeeNumber(n),
        type: 'IQAMA',
        number: employeeNumber(n),
        expiresOn: addDays(today, 20 + (n % 300)),
        phone: `+9665${String(40_000_000 + n).padStart(8, '0')}`,
        establishmentId: EMPLOYER,
      })),
      {
        iqamaNumber: OTHERS_EMPLOYEE,
        type: 'IQAMA',
        number: OTHERS_EMPLOYEE,
        expiresOn: addDays(today, 30),
        establishmentId: OTHER_EMPLOYER,
      },
    ];
    expect(await importLines(register)).toContain(`${EMPLOYEES + 1} lines — ${EMPLOYEES + 1} created`);
    const establishmentStaff = (sub: string, establishmentId: string) =>
      token({ role: 'establishment', sub, establishmentId, phone: '+966500000059', locale: 'en' });
    staff = await establishmentStaff('bulk-staff-1', EMPLOYER);
    otherStaff = await establishmentStaff('bulk-staff-2', OTHER_EMPLOYER);
  }, 180_000);

  afterAll(async () => {
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** 1,000 passport renewals, ten of them wrong in ten ways, the file as a spreadsheet saves it (BOM, CRLF). */
  const passportFile = () => {
    const lines = Array.from({ length: EMPLOYEES }, (_, n) => [
      employeeNumber(n),
      `P${String(1_000_000 + n)}`,
      addDays(today, -10),
      addDays(today, 3000),
    ]);
    const bad: [number, string[], string, string][] = [
      [10, [NOBODY, 'P2000001', addDays(today, -10), addDays(today, 3000)], 'iqamaNumber', 'not_an_employee'],
      [20, [OTHERS_EMPLOYEE, 'P2000002', addDays(today, -10), addDays(today, 3000)], 'iqamaNumber', 'not_an_employee'],
      [30, [employeeNumber(30), 'P2000003', addDays(today, -10), addDays(today, -1)], 'expiryDate', 'passport_expired'],
      [
        40,
        [employeeNumber(40), 'P-20?', addDays(today, -10), addDays(today, 3000)],
        'passportNumber',
        'passport_number_malformed',
      ],
      [50, [employeeNumber(50), 'P2000005', '2026-02-30', addDays(today, 3000)], 'issueDate', 'invalid_date'],
      [60, [employeeNumber(60), '', addDays(today, -10), addDays(today, 3000)], 'passportNumber', 'required'],
      [70, ['12345', 'P2000007', addDays(today, -10), addDays(today, 3000)], 'iqamaNumber', 'invalid'],
      [
        80,
        [employeeNumber(80), 'P2000008', addDays(today, 5), addDays(today, 3000)],
        'issueDate',
        'passport_not_yet_issued',
      ],
      [90, [employeeNumber(90), 'P2000009', addDays(today, -10)], '', 'wrong_number_of_fields'],
      [
        100,
        [employeeNumber(100), 'P2000010', addDays(today, -10), addDays(today, 3000), 'extra'],
        '',
        'wrong_number_of_fields',
      ],
    ];
    for (const [index, cells] of bad) lines[index] = cells;
    const text = `\uFEFFiqamaNumber,passportNumber,issueDate,expiryDate\r\n${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
    // The header is line 1: the n-th record sits on line n + 2.
    return {
      file: Buffer.from(text),
      expected: bad.map(([index, , field, code]) => ({ line: index + 2, field, code })),
    };
  };

  it('when staff upload a 1,000-line CSV of passport renewals with 10 bad lines, the other 990 are recorded and the report names each bad line, field and reason', async () => {
    // Prepare
    const { file, expected } = passportFile();
    const progress: number[] = [];
    // Act
    const bulkRequestId = await upload(staff, 'PASSPORT_UPDATES', file);
    const report = await settled(bulkRequestId, progress);
    // Assess
    expect(report).toMatchObject({
      status: 'DONE',
      lines: 1000,
      processed: 1000,
      progress: 100,
      succeeded: 990,
      failed: 10,
      repeated: 0,
    });
    expect(report.errors.map(({ line, field, code }) => ({ line, field, code }))).toEqual(expected);
    expect(report.errors.every((error) => error.detail.length > 0)).toBe(true);
    expect(report.results).toHaveLength(990);
    expect(report.results[0]).toEqual({ line: 2, iqamaNumber: employeeNumber(0), repeated: false });
    expect(progress.at(-1)).toBe(100);
    expect(await passportsOf(employeeNumber(0))).toEqual(['•••••000']);
    expect(await passportsOf(employeeNumber(30))).toEqual([]);
  }, 300_000);

  it('when the same file is uploaded again within 24 hours, every line it applied is repeated and nothing new is recorded', async () => {
    // Prepare
    const { file } = passportFile();
    // Act
    const report = await settled(await upload(staff, 'PASSPORT_UPDATES', file));
    // Assess
    expect(report).toMatchObject({ status: 'DONE', succeeded: 990, failed: 10, repeated: 990 });
    expect(report.results.every((result) => result.repeated)).toBe(true);
    expect(await passportsOf(employeeNumber(1))).toEqual(['•••••001']);
  }, 300_000);

  it('when staff upload inquiries as JSON Lines with Arabic text, each good line files an inquiry in the employee’s name and the bad ones are reported', async () => {
    // Prepare
    const description = 'نرجو تمديد تأشيرة الخروج والعودة للموظف لظروف عائلية طارئة.';
    const lines = [
      { iqamaNumber: employeeNumber(200), category: 'EXIT_REENTRY_VISA', description },
      { iqamaNumber: employeeNumber(201), category: 'NOT_A_TYPE', description },
      { iqamaNumber: employeeNumber(202), category: 'EXIT_REENTRY_VISA', description: 'قصير' },
      { iqamaNumber: employeeNumber(203), category: 'EXIT_REENTRY_VISA', description, __proto__x: 1 },
    ].map((line) => JSON.stringify(line));
    const file = Buffer.from(
      `${lines.join('\n')}\nnot json\n\n{"__proto__":{"polluted":true},"iqamaNumber":"${employeeNumber(204)}"}\n`,
    );
    // Act
    const report = await settled(await upload(staff, 'INQUIRIES', file, 'application/x-ndjson'));
    const filed = await succeeded(api(staff).GET('/v1/establishment/inquiries'));
    // Assess
    expect(report).toMatchObject({ status: 'DONE', lines: 6, succeeded: 1, failed: 5 });
    expect(report.errors.map(({ line, field, code }) => [line, field, code])).toEqual([
      [2, 'category', 'not_allowed_value'],
      [3, 'description', 'too_short'],
      [4, '__proto__x', 'unknown_field'],
      [5, '', 'malformed_line'],
      [7, 'category', 'required'],
      [7, 'description', 'required'],
      [7, '__proto__', 'unknown_field'],
    ]);
    const [result] = report.results;
    expect(result).toMatchObject({ line: 1, iqamaNumber: employeeNumber(200), repeated: false });
    expect(filed.items.map((item) => item.reference)).toContain(result?.reference);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it('when a file cannot be read as a whole — not UTF-8, an unknown column, an unclosed quote — it is REJECTED and nothing is applied', async () => {
    // Prepare
    const files = {
      not_utf8: Buffer.concat([
        Buffer.from('iqamaNumber,passportNumber,issueDate,expiryDate\n'),
        Buffer.from([0xff, 0xfe, 0x41]),
      ]),
      unknown_column: Buffer.from(
        `iqamaNumber,passport,issueDate,expiryDate\n${employeeNumber(300)},P1,2020-01-01,2030-01-01\n`,
      ),
      unclosed_quote: Buffer.from(
        `iqamaNumber,passportNumber,issueDate,expiryDate\n${employeeNumber(301)},"P1,2020-01-01,2030-01-01\n`,
      ),
    };
    for (const [code, file] of Object.entries(files)) {
      // Act
      const report = await settled(await upload(staff, 'PASSPORT_UPDATES', file));
      // Assess
      expect(report).toMatchObject({ status: 'REJECTED', processed: 0, succeeded: 0, rejection: { code } });
      expect(report.rejection?.detail.length).toBeGreaterThan(0);
    }
    // Still the passport the first file gave, not the refused file's P1.
    expect(await passportsOf(employeeNumber(301))).toEqual(['•••••301']);
  }, 120_000);

  it('when another establishment, a resident or a made-up id asks for a bulk request, it is not found or refused, telling nothing', async () => {
    // Prepare
    const bulkRequestId = await upload(staff, 'PASSPORT_UPDATES', passportFile().file);
    const resident = await token({
      role: 'resident',
      sub: 'bulk-resident',
      iqamaNumber: employeeNumber(0),
      phone: '+966500000001',
    });
    // Act
    const others = await read(otherStaff, bulkRequestId);
    const madeUp = await read(staff, '00000000-0000-4000-8000-000000000000');
    const notAnId = await read(staff, '..%2F..%2Fsomething');
    const asResident = await read(resident, bulkRequestId);
    // Assess
    expect(others.response.status).toBe(404);
    expect(madeUp.response.status).toBe(404);
    expect(notAnId.response.status).toBe(404);
    const { instance: _others, ...othersProblem } = others.error ?? {};
    const { instance: _madeUp, ...madeUpProblem } = madeUp.error ?? {};
    expect(othersProblem).toEqual(madeUpProblem);
    expect(asResident.response.status).toBe(403);
    await settled(bulkRequestId);
  }, 300_000);

  it('when a bulk request is asked for with a file over 5 MB or of another type, it is refused before any form is signed', async () => {
    // Act
    const tooLarge = await api(staff).POST('/v1/establishment/bulk-requests', {
      body: { kind: 'INQUIRIES', fileName: 'big.csv', contentType: 'text/csv', size: 5 * 1024 * 1024 + 1 },
    });
    const wrongType = await api(staff).POST('/v1/establishment/bulk-requests', {
      // @ts-expect-error a type the contract does not take
      body: { kind: 'INQUIRIES', fileName: 'sheet.xlsx', contentType: 'application/vnd.ms-excel', size: 100 },
    });
    // Assess
    expect(tooLarge.response.status).toBe(400);
    expect(tooLarge.error?.errors?.[0]).toMatchObject({ field: 'size', code: 'too_big' });
    expect(wrongType.response.status).toBe(400);
    expect(wrongType.error?.errors?.[0]).toMatchObject({ field: 'contentType', code: 'not_allowed_value' });
  });
});
