import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, riyadhToday } from '../../functions/domain/shared/calendar-date.js';
import { launchChromium, type WatchedContext } from '../support/browser.js';
import { axeFindingsAtWidths, CONSOLE_SCREENSHOTS, closeWatched, signedInConsole } from '../support/console-browser.js';
import { call } from '../support/http-client.js';
import { runLocalCommand } from '../support/local-command.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

const LANGUAGES = ['ar', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const EMPLOYER = '7001234567';
const OTHER_EMPLOYER = '7009876543';
const STAFF = { role: 'establishment', establishmentId: EMPLOYER, phone: '+966500000059', sub: 'staff-console-e2e' };
/** The employer's employees whose documents expire soonest; one of another establishment; a valid number nobody holds. */
const EMPLOYEE = '2000000006';
const COLLEAGUE = '2000000014';
const OTHERS_EMPLOYEE = '2000000022';
const NOBODY = '2000000048';
/** What the staff member files for an employee: a type of request and a description. */
const REQUEST = {
  section: 'RESIDENCY',
  category: 'IQAMA_ISSUANCE_RENEWAL',
  description: 'Renewal of the iqama of our employee, whose iqama expires within ten days.',
};
/** More employees than a page holds (20), their iqamas valid for the best part of a year, so that "more" is there. */
const LATER_EMPLOYEES = 21;

/** An iqama number: 2, eight digits, and the Luhn check digit over all ten. */
const iqamaNumber = (body: number): string => {
  const partial = `2${String(body).padStart(8, '0')}`;
  for (let check = 0; check <= 9; check++) {
    const digits = `${partial}${check}`;
    const sum = [...digits].reverse().reduce((total, digit, index) => {
      const value = Number(digit) * (index % 2 === 1 ? 2 : 1);
      return total + (value > 9 ? value - 9 : value);
    }, 0);
    if (sum % 10 === 0) return digits;
  }
  throw new Error('no check digit');
};

describe("an establishment's staff in the console, in a real browser against npm start", () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let browser: Browser;
  let today: string;
  const later = Array.from({ length: LATER_EMPLOYEES }, (_, index) => iqamaNumber(10_000_000 + index));

  /** Every watched context, checked after each test: the console called no other host and broke no CSP rule. */
  const watched: WatchedContext[] = [];

  /** A browser context signed in through the local sign-in's direct link, on `next`. */
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

  /** The iqama numbers of the list's rows, top to bottom, once `count` rows are shown. */
  const listedIqamas = async (page: Page, count: number): Promise<string[]> => {
    // Counted from here, not by a function run in the page: its policy allows no script but its own.
    await expect.poll(() => page.locator('.employees-table tbody th a').count(), { timeout: 15_000 }).toBe(count);
    return page.$$eval('.employees-table tbody th a', (links) => links.map((link) => link.textContent ?? ''));
  };

  /** A token of the staff member, for reading through the API what the console did. */
  const staffToken = async (): Promise<string> =>
    (await call(`${runtime.url}/local/tokens`, { body: { ...STAFF, locale: 'en' } })).body.token;

  /** The references of the requests the establishment filed for `employee`, as the API lists them. */
  const filedFor = async (employee: string): Promise<string[]> => {
    const listed = await call(`${runtime.url}/v1/establishment/inquiries`, { token: await staffToken() });
    expect(listed.status).toBe(200);
    expect(listed.body.nextCursor).toBeUndefined();
    return listed.body.items
      .filter((item: { iqamaNumber: string }) => item.iqamaNumber === employee)
      .map((item: { reference: string }) => item.reference);
  };

  /** Fills the filing form: the employee's number, the request's section and type, its description. */
  const fillRequest = async (page: Page, employee: string): Promise<void> => {
    // The request types come from GET /v1/categories: the section's choices are there once it answered.
    await page.waitForSelector(`#inquiry-section option[value="${REQUEST.section}"]`, { state: 'attached' });
    await page.fill('#inquiry-iqama-number', employee);
    await page.selectOption('#inquiry-section', REQUEST.section);
    await page.selectOption('#inquiry-category', REQUEST.category);
    await page.fill('#inquiry-description', REQUEST.description);
  };

  /** Presses the form's submit button; the status the API answered the filing with. */
  const submitted = async (page: Page): Promise<number> => {
    const answer = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && new URL(response.url()).pathname === '/v1/establishment/inquiries',
    );
    await page.click('form button[type=submit]');
    return (await answer).status();
  };

  const checkPage = (page: Page, name: string, language: Language) =>
    axeFindingsAtWidths(page, { prefix: 'establishment', name, language });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-console-establishment-e2e-'));
    mkdirSync(CONSOLE_SCREENSHOTS, { recursive: true });
    [runtime, browser] = await Promise.all([startRuntimeProcess(dataDir), launchChromium()]);
    today = riyadhToday(new Date((await call(`${runtime.url}/local/clock`)).body.now as string));
    const line = (record: Record<string, unknown>) => JSON.stringify({ holder: { kind: 'RESIDENT' }, ...record });
    const register = join(dataDir, 'register.jsonl');
    writeFileSync(
      register,
      [
        line({
          iqamaNumber: EMPLOYEE,
          type: 'IQAMA',
          number: EMPLOYEE,
          expiresOn: addDays(today, 10),
          phone: '+966500000051',
          establishmentId: EMPLOYER,
        }),
        line({
          iqamaNumber: EMPLOYEE,
          type: 'PASSPORT',
          number: 'A1234567',
          issuedOn: '2018-01-10',
          expiresOn: addDays(today, 40),
        }),
        line({
          iqamaNumber: COLLEAGUE,
          type: 'IQAMA',
          number: COLLEAGUE,
          expiresOn: addDays(today, -3),
          establishmentId: EMPLOYER,
        }),
        line({
          iqamaNumber: OTHERS_EMPLOYEE,
          type: 'IQAMA',
          number: OTHERS_EMPLOYEE,
          expiresOn: addDays(today, 1),
          establishmentId: OTHER_EMPLOYER,
        }),
        ...later.map((number, index) =>
          line({
            iqamaNumber: number,
            type: 'IQAMA',
            number,
            expiresOn: addDays(today, 200 + index),
            establishmentId: EMPLOYER,
          }),
        ),
      ].join('\n'),
    );
    const imported = await runLocalCommand('bin/import.ts', [register], { PORT: new URL(runtime.url).port });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`${4 + LATER_EMPLOYEES} created`);
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

  it('when the staff member signs in through the direct link, the menu holds their page only and the list shows the soonest expiry first, marked, a page at a time', async () => {
    // Act
    const page = await signedIn('ar', '/establishment/employees');
    const first = await listedIqamas(page, 20);
    const menu = await page.$$eval('nav a', (links) => links.map((link) => link.getAttribute('href')));
    const firstRow = (await page.textContent('.employees-table tbody tr')) ?? '';
    await page.click('.employees-table button:has-text("عرض المزيد")');
    const all = await listedIqamas(page, 4 + LATER_EMPLOYEES - 1);
    // Assess
    expect(menu).toEqual(['/establishment/employees', '/establishment/inquiries', '/establishment/bulk']);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(first.slice(0, 3)).toEqual([COLLEAGUE, EMPLOYEE, EMPLOYEE]);
    expect(firstRow).toContain('منتهية');
    expect(firstRow).toContain('الإقامة');
    expect(firstRow).toContain('•••••••014');
    expect(firstRow).toMatch(/١٤[٤-٥][٠-٩] هـ/);
    expect(await page.getAttribute('.employees-table tbody tr:nth-child(1)', 'class')).toBe('document-expired');
    expect(await page.getAttribute('.employees-table tbody tr:nth-child(2)', 'class')).toBe('document-expiring');
    expect(all).toEqual([COLLEAGUE, EMPLOYEE, EMPLOYEE, ...later]);
    expect(all).not.toContain(OTHERS_EMPLOYEE);
    expect(await page.$('.employees-table button')).toBeNull();
  });

  it('when the list is filtered by days and by type, the address keeps the filter through a reload', async () => {
    // Prepare
    const page = await signedIn('en', '/establishment/employees');
    await listedIqamas(page, 20);
    // Act: a window the API would refuse, then a good one
    await page.fill('#employees-within', '400');
    await page.click('.employees-filter button[type=submit]');
    const refused = await page.waitForSelector('#employees-within-error');
    expect(await refused.textContent()).toContain('from 0 to 366');
    expect(await page.getAttribute('#employees-within', 'aria-invalid')).toBe('true');
    await page.fill('#employees-within', '30');
    await page.click('.employees-filter button[type=submit]');
    await page.waitForURL(/expiringWithinDays=30/);
    const soon = await listedIqamas(page, 2);
    await page.selectOption('#employees-type', 'PASSPORT');
    await page.fill('#employees-within', '');
    await page.click('.employees-filter button[type=submit]');
    await page.waitForURL(/documentType=PASSPORT/);
    const passports = await listedIqamas(page, 1);
    await page.reload();
    const reloaded = await listedIqamas(page, 1);
    // Assess
    expect(soon).toEqual([COLLEAGUE, EMPLOYEE]);
    expect(passports).toEqual([EMPLOYEE]);
    expect(new URL(page.url()).search).toBe('?documentType=PASSPORT');
    expect(reloaded).toEqual([EMPLOYEE]);
    expect(await page.inputValue('#employees-type')).toBe('PASSPORT');
  });

  it('when the staff member opens an employee and records a passport, a refused number is told beside its field in Arabic, and the saved one is in the list', async () => {
    // Prepare
    const page = await signedIn('ar', '/establishment/employees');
    await listedIqamas(page, 20);
    await page.click(`.employees-table a[href="/establishment/employees/${EMPLOYEE}"] >> nth=0`);
    await page.waitForURL(new RegExp(`/establishment/employees/${EMPLOYEE}$`));
    await page.waitForSelector('#employee-documents-heading');
    expect(await page.textContent('main h1')).toContain(EMPLOYEE);
    expect(await page.textContent('main table')).toContain('•••••567');
    const puts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT') puts.push(request.headers()['idempotency-key'] ?? '');
    });
    // Act: too short a number
    await page.fill('#passport-number', 'x1');
    await page.fill('#passport-issue-date', addDays(today, -10));
    await page.fill('#passport-expiry-date', addDays(today, 3000));
    await page.click('form button[type=submit]');
    const error = await page.waitForSelector('#passport-number-error');
    // Assess
    expect(await error.textContent()).toContain('رقم الجواز');
    expect(await page.getAttribute('#passport-number', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#passport-number', 'aria-describedby')).toContain('passport-number-error');
    expect(await page.$('#passport-expiry-date-error')).toBeNull();
    // Act: corrected
    await page.fill('#passport-number', 'N7654321');
    await page.click('form button[type=submit]');
    await page.waitForSelector('.notice[role=status]');
    await page.waitForSelector('main table:has-text("•••••321")');
    // Assess
    expect(await page.textContent('.notice[role=status]')).toContain('تم تحديث بيانات جواز الموظف');
    expect(await page.$('#passport-number-error')).toBeNull();
    expect(puts).toHaveLength(2);
    expect(puts[0]).toMatch(/^[0-9a-f-]{36}$/);
    // The refused attempt and its correction are one submission of the form: the same key, answered anew.
    expect(puts[1]).toBe(puts[0]);
    // Act: the list, where the renewed passport (expiring after every iqama) is past the API's first
    // page of 20: the page, empty once filtered by type, is read on from by itself
    await page.goto(`${runtime.url}/establishment/employees?documentType=PASSPORT`);
    await listedIqamas(page, 1);
    // Assess
    expect(await page.textContent('.employees-table tbody tr')).toContain('•••••321');
  });

  it('when another establishment’s employee is opened by a deep link, the page reads as for a number nobody has, in the user’s language', async () => {
    // Act
    const page = await signedIn('ar', `/establishment/employees/${OTHERS_EMPLOYEE}`);
    await page.waitForSelector('main h1:has-text("الموظف غير موجود")');
    const theirs = await page.textContent('main');
    await page.goto(`${runtime.url}/establishment/employees/${NOBODY}`);
    await page.waitForSelector('main h1:has-text("الموظف غير موجود")');
    const nobodys = await page.textContent('main');
    const english = await signedIn('en', `/establishment/employees/${OTHERS_EMPLOYEE}`);
    await english.waitForSelector('main h1:has-text("Employee not found")');
    // Assess
    expect(theirs).toBe(nobodys);
    expect(theirs).not.toContain(OTHERS_EMPLOYEE);
  });

  it('when a resident opens the establishment’s page, it is not theirs, and the staff member is refused the resident’s pages', async () => {
    // Act
    const resident = await signedIn('en', '/documents', {
      role: 'resident',
      iqamaNumber: EMPLOYEE,
      phone: '+966500000051',
    });
    await resident.goto(`${runtime.url}/establishment/employees`);
    await resident.waitForSelector('main [role=alert]:has-text("not available to your account")');
    await resident.goto(`${runtime.url}/establishment/inquiries/new`);
    await resident.waitForSelector('main [role=alert]:has-text("not available to your account")');
    const residentMenu = await resident.$$eval('nav a', (links) => links.map((link) => link.getAttribute('href')));
    const staff = await signedIn('en', '/establishment/employees');
    await staff.goto(`${runtime.url}/documents`);
    await staff.waitForSelector('main [role=alert]:has-text("not available to your account")');
    // Assess
    expect(residentMenu).not.toContain('/establishment/employees');
    expect(residentMenu).not.toContain('/establishment/inquiries');
    expect(residentMenu).toContain('/documents');
  });

  it('when the staff member files a request for an employee from the form with a double click, one is filed, shown, listed, and the employee sees it as filed by the establishment', async () => {
    // Prepare
    const before = await filedFor(COLLEAGUE);
    const page = await signedIn('en', '/establishment/inquiries');
    await page.click('main a[href="/establishment/inquiries/new"]');
    await page.waitForURL(/\/establishment\/inquiries\/new$/);
    await fillRequest(page, COLLEAGUE);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/establishment/inquiries')
        posts.push(request.headers()['idempotency-key'] ?? '');
    });

    // Act
    await page.dblclick('form button[type=submit]');
    await page.waitForURL(/\/establishment\/inquiries\/TW-[\dA-Z-]+$/);
    await page.waitForSelector('#timeline-heading');

    // Assess: one request, whose page this is
    const after = await filedFor(COLLEAGUE);
    const filed = after.filter((reference) => !before.includes(reference));
    expect(filed).toHaveLength(1);
    expect(after).toHaveLength(before.length + 1);
    expect(new URL(page.url()).pathname).toBe(`/establishment/inquiries/${filed[0]}`);
    expect(await page.textContent('main h1')).toContain(filed[0]);
    expect(await page.textContent('main')).toContain(COLLEAGUE);
    // The second click came while the first was sent: at most one more call, with the same key.
    expect(new Set(posts).size).toBe(1);

    // Act: the establishment's list
    await page.click('main a[href="/establishment/inquiries"]');
    await page.waitForSelector(`.employee-inquiries-table a[href="/establishment/inquiries/${filed[0]}"]`);
    // Assess
    expect(await page.textContent(`.employee-inquiries-table tr:has(a[href$="${filed[0]}"])`)).toContain(COLLEAGUE);

    // Act: the employee, signed in as a resident, in both languages
    const resident = { role: 'resident', iqamaNumber: COLLEAGUE, phone: '+966500000052' };
    const rows: Record<Language, string> = { ar: '', en: '' };
    for (const language of LANGUAGES) {
      const own = await signedIn(language, '/inquiries', resident);
      const row = await own.waitForSelector(`.inquiry-table tr:has(a[href="/inquiries/${filed[0]}"])`);
      rows[language] = (await row.textContent()) ?? '';
    }
    // Assess
    expect(rows.ar).toContain('مقدَّم من المنشأة');
    expect(rows.en).toContain('Filed by establishment');
    for (const row of Object.values(rows)) expect(row).toContain(EMPLOYER);
  });

  it('when the iqama number on the form is no employee of the establishment, the form says so beside that field and files nothing', async () => {
    // Prepare
    const before = await Promise.all([NOBODY, OTHERS_EMPLOYEE].map(filedFor));
    const page = await signedIn('ar', '/establishment/inquiries/new');
    await fillRequest(page, NOBODY);

    // Act: a number nobody holds
    const nobodysAnswer = await submitted(page);
    const nobodysError = await (await page.waitForSelector('#inquiry-iqama-number-error')).textContent();
    // Act: another establishment's employee
    await page.fill('#inquiry-iqama-number', OTHERS_EMPLOYEE);
    const othersAnswer = await submitted(page);
    await page.waitForSelector('form button[type=submit]:not([disabled])');
    await page.waitForSelector('#inquiry-iqama-number-error');

    // Assess
    expect([nobodysAnswer, othersAnswer]).toEqual([404, 404]);
    expect(nobodysError).toContain('لا يوجد موظف لدى منشأتك بهذا الرقم');
    expect(await page.textContent('#inquiry-iqama-number-error')).toBe(nobodysError);
    expect(await page.getAttribute('#inquiry-iqama-number', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#inquiry-iqama-number', 'aria-describedby')).toContain(
      'inquiry-iqama-number-error',
    );
    expect(await page.$('#inquiry-category-error')).toBeNull();
    expect(await page.$('#inquiry-description-error')).toBeNull();
    expect(new URL(page.url()).pathname).toBe('/establishment/inquiries/new');
    expect(await Promise.all([NOBODY, OTHERS_EMPLOYEE].map(filedFor))).toEqual(before);
  });

  it('when each establishment page is checked in Arabic and English at desktop and phone width, axe finds nothing serious or critical', async () => {
    // Prepare: a request filed for the employee, for its page
    const token = await staffToken();
    const filed = await call(`${runtime.url}/v1/establishment/inquiries`, {
      token,
      headers: { 'idempotency-key': 'console-e2e-axe-1' },
      body: { iqamaNumber: EMPLOYEE, category: REQUEST.category, description: REQUEST.description },
    });
    expect(filed.status).toBe(201);
    const pages = [
      ['employees', '/establishment/employees', '.employees-table tbody th a'],
      ['employee', `/establishment/employees/${EMPLOYEE}`, '#passport-number'],
      ['employee-not-found', `/establishment/employees/${OTHERS_EMPLOYEE}`, 'main h1 + p'],
      ['inquiries', '/establishment/inquiries', '.employee-inquiries-table tbody th a'],
      ['inquiry', `/establishment/inquiries/${filed.body.reference}`, '#timeline-heading'],
      ['inquiry-not-found', '/establishment/inquiries/TW-0000-0000-0000', 'main h1 + p'],
    ] as const;
    const findings: string[] = [];
    for (const language of LANGUAGES) {
      const page = await signedIn(language, '/establishment/employees');
      for (const [name, path, ready] of pages) {
        // Act
        await page.goto(`${runtime.url}${path}`);
        await page.waitForSelector(ready);
        expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
        findings.push(...(await checkPage(page, name, language)));
      }
      // The passport form with its errors shown, as a keyboard user meets them.
      await page.goto(`${runtime.url}/establishment/employees/${EMPLOYEE}`);
      await page.waitForSelector('#passport-number');
      await page.focus('#passport-number');
      await page.keyboard.type('x1');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.field-error');
      findings.push(...(await checkPage(page, 'employee-passport-refused', language)));
      // The filing form, once its request types are in, and with the iqama number refused beside its field.
      await page.goto(`${runtime.url}/establishment/inquiries/new`);
      await fillRequest(page, NOBODY);
      findings.push(...(await checkPage(page, 'new-inquiry', language)));
      expect(await submitted(page)).toBe(404);
      await page.waitForSelector('#inquiry-iqama-number-error');
      findings.push(...(await checkPage(page, 'new-inquiry-refused', language)));
    }
    // Assess
    expect(findings).toEqual([]);
  }, 180_000);
});
