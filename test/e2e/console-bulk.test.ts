import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../bench/support/residents.js';
import { addDays, riyadhToday } from '../../functions/domain/shared/calendar-date.js';
import { apiClient, succeeded } from '../support/api-client.js';
import { launchChromium, type WatchedContext } from '../support/browser.js';
import { axeFindingsAtWidths, CONSOLE_SCREENSHOTS, closeWatched, signedInConsole } from '../support/console-browser.js';
import { postForm } from '../support/files.js';
import { call } from '../support/http-client.js';
import { runLocalCommand } from '../support/local-command.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

const LANGUAGES = ['ar', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const EMPLOYER = '7001234567';
const OTHER_EMPLOYER = '7009876543';
const STAFF = {
  role: 'establishment',
  establishmentId: EMPLOYER,
  phone: '+966500000059',
  sub: 'staff-bulk-console-e2e',
};
const OTHER_STAFF = {
  role: 'establishment',
  establishmentId: OTHER_EMPLOYER,
  phone: '+966500000058',
  sub: 'other-staff-bulk-console-e2e',
};
/** The employer's employees: as many as a file's good lines; numbers clear of every other test's. */
const EMPLOYEES = 20;
const employeeNumber = (n: number) => withCheckDigit(`2${String(60_000_000 + n).padStart(8, '0')}`);
/** Another establishment's employee, and a valid number nobody holds. */
const OTHERS_EMPLOYEE = withCheckDigit('269999998');
const NOBODY = withCheckDigit('269999999');
/** A bulk request's id as the API names it, and the page that follows it. */
const BULK_PAGE = /\/establishment\/bulk\/([0-9a-f-]{36})$/;

describe("an establishment's bulk files in the console, in a real browser against npm start", () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let browser: Browser;
  let today: string;

  /** Every watched context, checked after each test: the console called no other host and broke no CSP rule. */
  const watched: WatchedContext[] = [];

  const signedIn = (language: Language, next: string, who: Record<string, string> = STAFF): Promise<Page> =>
    signedInConsole({
      browser,
      watched,
      runtimeUrl: runtime.url,
      who,
      language,
      next,
      viewport: { width: 1280, height: 900 },
    });

  const api = async (who: Record<string, string> = STAFF) =>
    apiClient(runtime.url, (await call(`${runtime.url}/local/tokens`, { body: { ...who, locale: 'en' } })).body.token);

  /**
   * A CSV of passport renewals, one line per employee from `first`, each with a passport number
   * of `series` (a line uploaded again within 24 hours would be a repeat); `bad` replaces lines by
   * their index. The header is line 1: the n-th record sits on line n + 2.
   */
  const passportCsv = (options: { first: number; count: number; series: number; bad?: Record<number, string[]> }) => {
    const lines = Array.from({ length: options.count }, (_, n) => {
      const cells = [
        employeeNumber(options.first + n),
        `P${options.series}${String(n).padStart(4, '0')}`,
        addDays(today, -10),
        addDays(today, 3000),
      ];
      return (options.bad?.[n] ?? cells).join(',');
    });
    return Buffer.from(`iqamaNumber,passportNumber,issueDate,expiryDate\r\n${lines.join('\r\n')}\r\n`);
  };

  /** Chooses `file` on the upload page. */
  const chooseFile = (page: Page, name: string, file: Buffer, mimeType = 'text/csv') =>
    page.setInputFiles('#bulk-file', { name, mimeType, buffer: file });

  /** Opens a bulk request and posts the file through the API alone, as a script would; its id. */
  const uploadedThroughApi = async (file: Buffer): Promise<string> => {
    const opened = await succeeded(
      (await api()).POST('/v1/establishment/bulk-requests', {
        params: { header: { 'Idempotency-Key': `console-bulk-${Math.random().toString(36).slice(2)}` } },
        body: { kind: 'PASSPORT_UPDATES', fileName: 'passports.csv', contentType: 'text/csv', size: file.length },
      }),
    );
    if (!opened.upload) throw new Error('No upload form came with the bulk request');
    expect((await postForm(opened.upload, file)).ok).toBe(true);
    return opened.bulkRequestId;
  };

  /** The page, once its report is final: DONE with its tables, or REJECTED with its reason. */
  const settledReport = (page: Page) =>
    page.waitForSelector('#bulk-results-heading, .bulk-rejection', { timeout: 30_000 });

  const checkPage = (page: Page, name: string, language: Language) =>
    axeFindingsAtWidths(page, { prefix: 'bulk', name, language });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-console-bulk-e2e-'));
    mkdirSync(CONSOLE_SCREENSHOTS, { recursive: true });
    [runtime, browser] = await Promise.all([startRuntimeProcess(dataDir), launchChromium()]);
    today = riyadhToday(new Date((await call(`${runtime.url}/local/clock`)).body.now as string));
    const line = (record: Record<string, unknown>) => JSON.stringify({ holder: { kind: 'RESIDENT' }, ...record });
    const register = join(dataDir, 'register.jsonl');
    writeFileSync(
      register,
      [
        ...Array.from({ length: EMPLOYEES }, (_, n) =>
          line({
            iqamaNumber: employeeNumber(n),
            type: 'IQAMA',
            number: employeeNumber(n),
            expiresOn: addDays(today, 30 + n),
            establishmentId: EMPLOYER,
          }),
        ),
        line({
          iqamaNumber: OTHERS_EMPLOYEE,
          type: 'IQAMA',
          number: OTHERS_EMPLOYEE,
          expiresOn: addDays(today, 30),
          establishmentId: OTHER_EMPLOYER,
        }),
      ].join('\n'),
    );
    const imported = await runLocalCommand('bin/import.ts', [register], { PORT: new URL(runtime.url).port });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`${EMPLOYEES + 1} created`);
  }, 180_000);

  afterEach(async () => {
    // Every page of every test: nothing fetched off this machine, nothing the page's policy refused.
    expect(await closeWatched(watched)).toEqual({ offLoopback: [], cspViolations: [] });
  });

  afterAll(async () => {
    await browser?.close();
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when a staff member uploads 20 passport renewals with 2 bad lines from the page with a double click, one bulk request is made, the file’s sending is shown, its progress reaches 100 and the report names each bad line and its reason in Arabic', async () => {
    // Prepare: the 5th line names nobody's employee, the 12th an expired passport (lines 6 and 13 of the file)
    const file = passportCsv({
      first: 0,
      count: 20,
      series: 1,
      bad: {
        4: [NOBODY, 'P1990004', addDays(today, -10), addDays(today, 3000)],
        11: [employeeNumber(11), 'P1990011', addDays(today, -400), addDays(today, -1)],
      },
    });
    const page = await signedIn('ar', '/establishment/bulk');
    const menu = await page.$$eval('nav a', (links) => links.map((link) => link.getAttribute('href')));
    await page.waitForSelector('main h1:has-text("رفع ملف مجمّع")');
    await chooseFile(page, 'passports.csv', file);
    const opened: { key: string; status: number; bulkRequestId?: string }[] = [];
    const uploads: string[] = [];
    const progress: string[] = [];
    page.on('response', async (response) => {
      const request = response.request();
      const url = new URL(response.url());
      if (request.method() !== 'POST') return;
      if (url.pathname === '/v1/establishment/bulk-requests')
        opened.push({
          key: request.headers()['idempotency-key'] ?? '',
          status: response.status(),
          bulkRequestId: (await response.json()).bulkRequestId,
        });
      else if (url.origin !== runtime.url) uploads.push(url.href);
    });

    // The file's post to storage is held until the page has shown it going: a small file is sent at once.
    const whileSending: { progress: string; button: string | null }[] = [];
    await page.route(
      (url) => url.origin !== runtime.url,
      async (route) => {
        if (route.request().method() === 'POST') {
          const shown = await page.waitForSelector('#bulk-upload-progress');
          whileSending.push({
            progress: (await page.textContent('label[for=bulk-upload-progress]')) ?? '',
            button: await page.getAttribute('form button[type=submit]', 'disabled'),
          });
          expect(await shown.getAttribute('max')).toBe(String(file.length));
        }
        await route.continue();
      },
    );

    // Act
    await page.dblclick('form button[type=submit]');
    await page.waitForURL(BULK_PAGE);
    const bar = await page.waitForSelector('[role=progressbar]');
    // Each value the bar shows, until the last: the page asks again by itself.
    await expect
      .poll(
        async () => {
          const now = (await bar.getAttribute('aria-valuenow')) ?? '';
          if (progress.at(-1) !== now) progress.push(now);
          return now;
        },
        { timeout: 30_000, interval: 100 },
      )
      .toBe('100');
    await settledReport(page);

    // Assess: one request, whose page this is
    const bulkRequestId = BULK_PAGE.exec(new URL(page.url()).pathname)?.[1] ?? '';
    expect(menu).toEqual(['/establishment/employees', '/establishment/inquiries', '/establishment/bulk']);
    expect(opened.length).toBeGreaterThanOrEqual(1);
    expect(new Set(opened.map((answer) => answer.key)).size).toBe(1);
    expect(new Set(opened.map((answer) => answer.bulkRequestId))).toEqual(new Set([bulkRequestId]));
    expect(opened.every((answer) => answer.status === 201)).toBe(true);
    expect(uploads).toHaveLength(1);
    expect(whileSending).toEqual([{ progress: 'رفع الملف passports.csv', button: '' }]);
    const report = await succeeded(
      (await api()).GET('/v1/establishment/bulk-requests/{bulkRequestId}', { params: { path: { bulkRequestId } } }),
    );
    expect(report).toMatchObject({ status: 'DONE', lines: 20, succeeded: 18, failed: 2, repeated: 0, progress: 100 });
    expect(progress.at(-1)).toBe('100');
    expect(progress.every((value) => /^\d{1,3}$/.test(value))).toBe(true);
    // Assess: the report, in Arabic digits and words
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('[role=progressbar]', 'aria-valuetext')).toBe(
      new Intl.NumberFormat('ar-SA', { style: 'percent' }).format(1),
    );
    expect(await page.textContent('.bulk-count-lines dd')).toBe('٢٠');
    expect(await page.textContent('.bulk-count-succeeded dd')).toBe('١٨');
    expect(await page.textContent('.bulk-count-failed dd')).toBe('٢');
    expect(await page.textContent('.bulk-count-repeated dd')).toBe('٠');
    const errors = await page.$$eval('.bulk-errors tbody tr', (rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
    expect(errors).toEqual([
      ['٦', 'iqamaNumber', 'لا يوجد موظف لدى منشأتك بهذا الرقم.'],
      ['١٣', 'expiryDate', 'هذا الجواز منتهي الصلاحية؛ سجّل جوازًا ساري المفعول.'],
    ]);
    expect(await page.locator('.bulk-results tbody tr').count()).toBe(18);
    expect(await page.textContent('.bulk-results tbody tr')).toContain(employeeNumber(0));
    expect(await page.$(`.bulk-results a[href="/establishment/employees/${employeeNumber(0)}"]`)).not.toBeNull();
  }, 60_000);

  it('when the page of a finished bulk request is reloaded, or opened by its address, it shows the same report', async () => {
    // Prepare
    const bulkRequestId = await uploadedThroughApi(
      passportCsv({
        first: 0,
        count: 3,
        series: 2,
        bad: { 1: [NOBODY, 'P2990001', addDays(today, -10), addDays(today, 3000)] },
      }),
    );
    const page = await signedIn('en', `/establishment/bulk/${bulkRequestId}`);
    await settledReport(page);
    const shown = await page.textContent('main');
    const reads: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/v1/establishment/bulk-requests/')) reads.push(request.url());
    });

    // Act
    await page.reload();
    await settledReport(page);
    const reloaded = await page.textContent('main');
    // A settled report is asked for no more.
    const readsAfterReload = reads.length;
    await page.waitForTimeout(2500);

    // Assess
    expect(new URL(page.url()).pathname).toBe(`/establishment/bulk/${bulkRequestId}`);
    expect(reloaded).toBe(shown);
    expect(reloaded).toContain('There is no employee of your establishment with this number.');
    expect(await page.textContent('.bulk-count-succeeded dd')).toBe('2');
    expect(await page.textContent('.bulk-count-failed dd')).toBe('1');
    expect(readsAfterReload).toBe(1);
    expect(reads).toHaveLength(1);
  }, 60_000);

  it('when the uploaded file is not UTF-8, the page says the whole file was refused and why, in Arabic, and applies nothing', async () => {
    // Prepare
    const notUtf8 = Buffer.concat([
      Buffer.from('iqamaNumber,passportNumber,issueDate,expiryDate\n'),
      Buffer.from(`${employeeNumber(3)},P3`),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from(`,${addDays(today, -10)},${addDays(today, 3000)}\n`),
    ]);
    const page = await signedIn('ar', '/establishment/bulk');
    await chooseFile(page, 'latin1.csv', notUtf8);

    // Act
    await page.click('form button[type=submit]');
    await page.waitForURL(BULK_PAGE);
    await settledReport(page);

    // Assess
    expect(await page.textContent('.bulk-rejection')).toContain('الملف ليس بترميز UTF-8');
    expect(await page.textContent('.bulk-status')).toBe('رُفض الملف.');
    expect(await page.$('[role=progressbar]')).toBeNull();
    expect(await page.$('.bulk-errors')).toBeNull();
    expect(await page.textContent('.bulk-count-succeeded dd')).toBe('٠');
  }, 60_000);

  it('when another establishment’s staff member opens a bulk request’s address, it reads as one that does not exist', async () => {
    // Prepare
    const bulkRequestId = await uploadedThroughApi(passportCsv({ first: 5, count: 1, series: 3 }));

    // Act
    const other = await signedIn('ar', `/establishment/bulk/${bulkRequestId}`, OTHER_STAFF);
    await other.waitForSelector('main h1:has-text("الملف المجمّع غير موجود")');
    const theirs = await other.textContent('main');
    await other.goto(`${runtime.url}/establishment/bulk/00000000-0000-4000-8000-000000000000`);
    await other.waitForSelector('main h1:has-text("الملف المجمّع غير موجود")');
    const madeUp = await other.textContent('main');
    const english = await signedIn('en', `/establishment/bulk/${bulkRequestId}`, OTHER_STAFF);
    await english.waitForSelector('main h1:has-text("Bulk file not found")');

    // Assess
    expect(theirs).toBe(madeUp);
    expect(theirs).not.toContain('passports.csv');
    expect(await other.$('[role=progressbar]')).toBeNull();
  });

  it('when the staff member downloads the template of each kind, it is that kind’s header row, made in the browser', async () => {
    // Prepare
    const page = await signedIn('en', '/establishment/bulk');
    const templates: Record<string, string> = {};
    for (const kind of ['PASSPORT_UPDATES', 'INQUIRIES'] as const) {
      // Act
      await page.check(`input[name=bulk-kind][value=${kind}]`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[download]')]);
      templates[kind] = readFileSync((await download.path()) ?? '', 'utf8');
      templates[`${kind} shown`] = (await page.textContent('.bulk-header-row')) ?? '';
    }

    // Assess
    expect(templates).toEqual({
      PASSPORT_UPDATES: '\uFEFFiqamaNumber,passportNumber,issueDate,expiryDate\r\n',
      'PASSPORT_UPDATES shown': 'iqamaNumber,passportNumber,issueDate,expiryDate',
      INQUIRIES: '\uFEFFiqamaNumber,category,description\r\n',
      'INQUIRIES shown': 'iqamaNumber,category,description',
    });
  });

  it('when a file of inquiries is uploaded in English, each applied line links to the request it filed', async () => {
    // Prepare
    const description = 'Renewal of the iqama of our employee whose iqama expires within a month.';
    const file = Buffer.from(
      `iqamaNumber,category,description\n${employeeNumber(7)},IQAMA_ISSUANCE_RENEWAL,${description}\n${employeeNumber(8)},NOT_A_TYPE,${description}\n`,
    );
    const page = await signedIn('en', '/establishment/bulk');
    await page.check('input[name=bulk-kind][value=INQUIRIES]');
    await chooseFile(page, 'requests.csv', file);

    // Act
    await page.click('form button[type=submit]');
    await page.waitForURL(BULK_PAGE);
    await settledReport(page);
    const link = await page.waitForSelector('.bulk-results a[href^="/establishment/inquiries/TW-"]');
    const reference = (await link.textContent()) ?? '';
    await link.click();
    await page.waitForURL(new RegExp(`/establishment/inquiries/${reference}$`));
    await page.waitForSelector('#timeline-heading');

    // Assess
    expect(await page.textContent('main h1')).toContain(reference);
    expect(await page.textContent('main')).toContain(employeeNumber(7));
  }, 60_000);

  it('when the bulk pages are checked in Arabic and English at desktop and phone width, axe finds nothing serious or critical', async () => {
    // Prepare: a finished report and a refused file
    const done = await uploadedThroughApi(
      passportCsv({
        first: 10,
        count: 2,
        series: 4,
        bad: { 1: [NOBODY, '', addDays(today, -10), addDays(today, 3000)] },
      }),
    );
    const rejected = await uploadedThroughApi(Buffer.from('iqamaNumber,passport\n1,2\n'));
    const pages = [
      ['done', `/establishment/bulk/${done}`, '#bulk-results-heading'],
      ['rejected', `/establishment/bulk/${rejected}`, '.bulk-rejection'],
      ['not-found', '/establishment/bulk/00000000-0000-4000-8000-000000000000', 'main h1 + p'],
    ] as const;
    const findings: string[] = [];
    for (const language of LANGUAGES) {
      // Act: the form, for each kind, the request types' codes open for inquiries
      const page = await signedIn(language, '/establishment/bulk');
      expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await page.waitForSelector('#bulk-file');
      findings.push(...(await checkPage(page, 'upload', language)));
      await page.check('input[name=bulk-kind][value=INQUIRIES]');
      await page.click('.bulk-codes summary');
      await page.waitForSelector('.bulk-codes tbody tr');
      findings.push(...(await checkPage(page, 'upload-inquiries', language)));
      // A file refused before sending, told beside the picker.
      await chooseFile(page, 'sheet.xlsx', Buffer.from('not a csv'), 'application/vnd.ms-excel');
      await page.click('form button[type=submit]');
      await page.waitForSelector('#bulk-file-error');
      findings.push(...(await checkPage(page, 'upload-refused', language)));
      for (const [name, path, ready] of pages) {
        await page.goto(`${runtime.url}${path}`);
        await page.waitForSelector(ready, { timeout: 30_000 });
        findings.push(...(await checkPage(page, name, language)));
      }
    }
    // Assess
    expect(findings).toEqual([]);
  }, 180_000);
});
