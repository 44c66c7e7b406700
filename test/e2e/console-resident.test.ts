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

const RESIDENT = { iqamaNumber: '2000000006', phone: '+966500000001', sub: 'resident-console-e2e' };

/** A PDF the checks accept, padded with PDF comments to take a few seconds at the throttled upload speed. */
const paddedPdf = (bytes: number): Buffer => {
  const head = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n';
  const tail = 'trailer<</Root 1 0 R>>\n%%EOF\n';
  const line = `%${' '.repeat(78)}\n`;
  return Buffer.from(head + line.repeat(Math.ceil((bytes - head.length - tail.length) / line.length)) + tail);
};

describe('a resident in the console, in a real browser against npm start', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let browser: Browser;
  let today: string;
  let reference: string;

  /** Every watched context, checked after each test: the console called no other host and broke no CSP rule. */
  const watched: WatchedContext[] = [];

  /** A browser context signed in as the resident through the local sign-in's direct link, on `next`. */
  const signedIn = async (
    language: Language,
    next: string,
    who = RESIDENT,
  ): Promise<{ context: WatchedContext['context']; page: Page }> => {
    const page = await signedInConsole({
      browser,
      watched,
      runtimeUrl: runtime.url,
      who: { role: 'resident', ...who },
      language,
      next,
      viewport: { width: 1280, height: 900 },
    });
    return { context: page.context(), page };
  };

  const checkPage = (page: Page, name: string, language: Language) =>
    axeFindingsAtWidths(page, { prefix: 'resident', name, language });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-console-resident-e2e-'));
    mkdirSync(CONSOLE_SCREENSHOTS, { recursive: true });
    [runtime, browser] = await Promise.all([startRuntimeProcess(dataDir), launchChromium()]);
    today = riyadhToday(new Date((await call(`${runtime.url}/local/clock`)).body.now as string));
    const register = join(dataDir, 'register.jsonl');
    const line = (record: Record<string, unknown>) => JSON.stringify({ iqamaNumber: RESIDENT.iqamaNumber, ...record });
    writeFileSync(
      register,
      [
        line({
          holder: { kind: 'RESIDENT' },
          type: 'IQAMA',
          number: '2000000006',
          expiresOn: addDays(today, 200),
          phone: RESIDENT.phone,
        }),
        line({
          holder: { kind: 'DEPENDENT', dependentId: 'dep-1', name: 'Sara', relation: 'DAUGHTER' },
          type: 'PASSPORT',
          number: 'B7654321',
          issuedOn: '2017-01-16',
          expiresOn: addDays(today, 20),
        }),
      ].join('\n'),
    );
    const imported = await runLocalCommand('bin/import.ts', [register], { PORT: new URL(runtime.url).port });
    expect(imported.code, imported.stderr).toBe(0);
  });

  afterEach(async () => {
    // Every page of every test: nothing fetched off this machine, nothing the page's policy refused.
    expect(await closeWatched(watched)).toEqual({ offLoopback: [], cspViolations: [] });
  });

  afterAll(async () => {
    await browser?.close();
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when the resident files a request with a document, it is filed once, the upload shows its progress and the verdict, and the request opens', async () => {
    // Prepare: uploads slowed to 1 MB/s, so that the progress is there to be seen
    const { context, page } = await signedIn('en', '/inquiries/new');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 1024 * 1024,
    });
    const filings: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/inquiries')
        filings.push(request.url());
    });
    await page.waitForSelector('#inquiry-section option[value="RESIDENCY"]', { state: 'attached' });
    await page.selectOption('#inquiry-section', 'RESIDENCY');
    await page.selectOption('#inquiry-category', 'IQAMA_ISSUANCE_RENEWAL');
    await page.fill('#inquiry-description', 'My iqama renewal has been pending for two weeks.');
    expect(await page.textContent('#inquiry-description-hint')).toContain('48 of 4,000 characters');
    await page.setInputFiles('#inquiry-attachments', [
      { name: 'employer-letter.pdf', mimeType: 'application/pdf', buffer: paddedPdf(3 * 1024 * 1024) },
    ]);
    // Act
    await page.dblclick('button[type=submit]');
    const progress = await page.waitForSelector('progress');
    const label = await page.textContent(`label[for="${await progress.getAttribute('id')}"]`);
    // A string: it runs in the page, whose DOM types the tests' own compilation does not load.
    const partway = await page.waitForFunction(
      "(() => { const bar = document.querySelector('progress'); return bar && bar.value > 0 && bar.value < bar.max ? bar.value / bar.max : undefined; })()",
    );
    await page.waitForSelector('.verdict', { timeout: 60_000 });
    // Assess
    expect(filings).toHaveLength(1);
    expect(label).toBe('Uploading employer-letter.pdf');
    expect(await partway.jsonValue()).toBeGreaterThan(0);
    expect(await page.textContent('.verdict')).toContain('Verified');
    await page.click('a.button[href^="/inquiries/TW-"]');
    await page.waitForSelector('#attachments-heading');
    reference = page.url().split('/').at(-1) ?? '';
    expect(reference).toMatch(/^TW-/);
    expect(await page.textContent('h1')).toContain(reference);
    await page.waitForSelector('table .badge-ok');
    expect(await page.textContent('#attachments-heading + section table')).toContain('employer-letter.pdf');
  }, 120_000);

  it('when the resident uses the keyboard only, the request form is reached, filled and sent without a pointer', async () => {
    // Prepare
    const { page } = await signedIn('ar', '/inquiries/new');
    await page.waitForSelector('#inquiry-section option[value="RESIDENCY"]', { state: 'attached' });
    const focusedId = () => page.evaluate('document.activeElement && document.activeElement.id');
    // Act: Tab past the skip link and the menu to the first field, then through the form
    for (let presses = 0; presses < 20 && (await focusedId()) !== 'inquiry-section'; presses++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    // As a person sees it: the types of the chosen section are offered, and then they move on.
    await page.waitForSelector('#inquiry-category:enabled');
    await page.keyboard.press('Tab');
    const second = await focusedId();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction("document.querySelector('#inquiry-category').value !== ''");
    await page.keyboard.press('Tab');
    await page.keyboard.type('أرجو تجديد إقامتي، فقد قاربت على الانتهاء.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The address changes first; the request's page follows once its code is loaded.
    await page.waitForURL(/\/inquiries\/TW-/);
    const heading = await page.waitForSelector('main h1:has-text("TW-")');
    // Assess
    expect(second).toBe('inquiry-category');
    expect(await heading.textContent()).toContain(new URL(page.url()).pathname.split('/').at(-1));
  });

  it('when the resident opens their requests, the new one is listed with its status and due date in both calendars', async () => {
    // Act
    const { page } = await signedIn('ar', '/inquiries');
    const row = await page.waitForSelector(`tr:has(a[href="/inquiries/${reference}"])`);
    // Assess: a status in Arabic and a due date with the Hijri year (14xx in Arabic-Indic digits) under it
    const text = (await row.textContent()) ?? '';
    expect(text).toMatch(/قيد المراجعة|مُقدَّم/);
    expect(text).toMatch(/١٤[٤-٥][٠-٩] هـ/);
  });

  it('when another resident opens that request, the page reads as for a number nobody has', async () => {
    // Act
    const other = { iqamaNumber: '2000000014', phone: '+966500000002', sub: 'other-console-e2e' };
    const { page } = await signedIn('en', `/inquiries/${reference}`, other);
    await page.waitForSelector('main h1:has-text("Request not found")');
    const theirs = await page.textContent('main');
    await page.goto(`${runtime.url}/inquiries/TW-0000-0000-0000`);
    await page.waitForSelector('main h1:has-text("Request not found")');
    const missing = await page.textContent('main');
    // Assess
    expect(theirs).toBe(missing);
  });

  it('when a passport number is refused, the error is beside its field and tied to it; a valid one is saved', async () => {
    // Prepare
    const { page } = await signedIn('en', '/passport');
    await page.fill('#passport-number', 'x1');
    await page.fill('#passport-issue-date', addDays(today, -10));
    await page.fill('#passport-expiry-date', addDays(today, 3000));
    // Act
    await page.click('button[type=submit]');
    const error = await page.waitForSelector('#passport-number-error');
    // Assess
    expect(await error.textContent()).toMatch(/passport number/i);
    expect(await page.getAttribute('#passport-number', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#passport-number', 'aria-describedby')).toContain('passport-number-error');
    expect(await page.$('#passport-expiry-date-error')).toBeNull();
    // Act: corrected
    await page.fill('#passport-number', 'C1234567');
    await page.click('button[type=submit]');
    await page.waitForSelector('.notice[role=status]');
    // Assess
    expect(await page.textContent('.notice[role=status]')).toContain('The passport details were updated');
    expect(await page.getAttribute('#passport-number', 'aria-invalid')).toBe('false');
    expect(await page.$('#passport-number-error')).toBeNull();
  });

  it('when the resident changes the SMS language and turns reminders off, the choice is there after a reload', async () => {
    // Prepare
    const { page } = await signedIn('en', '/preferences');
    await page.waitForSelector('input[name=sms-language][value=ur]');
    expect(await page.textContent('label:has(input[value=ur])')).toContain('اردو (Urdu)');
    // Act
    await page.check('input[name=sms-language][value=ur]');
    await page.uncheck('input[type=checkbox]');
    await page.click('button[type=submit]');
    await page.waitForSelector('.notice[role=status]');
    await page.reload();
    await page.waitForSelector('input[name=sms-language][value=ur]');
    // Assess
    expect(await page.isChecked('input[name=sms-language][value=ur]')).toBe(true);
    expect(await page.isChecked('input[type=checkbox]')).toBe(false);
  });

  /** The resident's token, for what the test sets up through the API rather than the browser. */
  const tokenOf = async (claims: Record<string, unknown>) =>
    (await call(`${runtime.url}/local/tokens`, { body: claims })).body.token as string;
  const statusOf = async (token: string, filed: string) =>
    (await call(`${runtime.url}/v1/inquiries/${filed}`, { token })).body.status as string;
  /** A request filed through the API and taken up for review, then decided by a reviewer as `decision` says. */
  const decidedInquiry = async (decision: Record<string, unknown>, awaited: string) => {
    const resident = await tokenOf({ role: 'resident', locale: 'en', ...RESIDENT });
    const reviewer = await tokenOf({
      role: 'reviewer',
      sub: 'reviewer-console-e2e',
      sections: ['RESIDENCY'],
      locale: 'en',
    });
    const filed = await call(`${runtime.url}/v1/inquiries`, {
      token: resident,
      body: { category: 'IQAMA_ISSUANCE_RENEWAL', description: 'Please renew my iqama; it expires soon.' },
    });
    const { reference: filedReference } = filed.body as { reference: string };
    await expect.poll(() => statusOf(resident, filedReference), { timeout: 15_000 }).toBe('UNDER_REVIEW');
    const decided = await call(`${runtime.url}/v1/review/inquiries/${filedReference}/decision`, {
      token: reviewer,
      body: decision,
    });
    expect(decided.status).toBe(200);
    await expect.poll(() => statusOf(resident, filedReference), { timeout: 15_000 }).toBe(awaited);
    return { reference: filedReference, resident, reviewer };
  };

  /** Axe and screenshots of one request's page in both languages, as it stands now. */
  const checkInquiryInBothLanguages = async (filed: string, name: string, ready: string): Promise<string[]> => {
    const findings: string[] = [];
    for (const language of LANGUAGES) {
      const { page } = await signedIn(language, `/inquiries/${filed}`);
      await page.waitForSelector(ready);
      findings.push(...(await checkPage(page, name, language)));
    }
    return findings;
  };

  it('when the reviewer asks for documents, the resident replies with one in the browser, and rates the request once accepted', async () => {
    // Prepare
    const asked = await decidedInquiry(
      { decision: 'REQUEST_INFO', note: 'Please send a copy of your passport.', requestedDocuments: ['Passport copy'] },
      'NEEDS_INFO',
    );
    const findings = await checkInquiryInBothLanguages(asked.reference, 'inquiry-reply', '#reply-message');
    const { page } = await signedIn('en', `/inquiries/${asked.reference}`);
    await page.waitForSelector('#reply-message');
    expect(await page.textContent('#reviewer-heading + p')).toBe('Please send a copy of your passport.');
    expect(await page.textContent('.from-reviewer ul')).toBe('Passport copy');
    // Act: the reply with its document
    await page.fill('#reply-message', 'Attached is a copy of my passport.');
    await page.setInputFiles('#reply-attachments', [
      { name: 'passport.pdf', mimeType: 'application/pdf', buffer: paddedPdf(20_000) },
    ]);
    await page.waitForSelector('.verdict');
    await page.click('form button[type=submit]');
    await page.waitForSelector('.notice[role=status]');
    // Assess
    await expect.poll(() => statusOf(asked.resident, asked.reference), { timeout: 15_000 }).toBe('UNDER_REVIEW');
    const detail = (await call(`${runtime.url}/v1/inquiries/${asked.reference}`, { token: asked.resident })).body as {
      timeline: { actor: string; note?: string; attachmentIds?: string[] }[];
    };
    expect(detail.timeline.at(-1)).toMatchObject({ actor: 'resident', note: 'Attached is a copy of my passport.' });
    expect(detail.timeline.at(-1)?.attachmentIds).toHaveLength(1);
    // Act: accepted, then rated without a score first
    const accepted = await call(`${runtime.url}/v1/review/inquiries/${asked.reference}/decision`, {
      token: asked.reviewer,
      body: { decision: 'ACCEPT', note: 'Your iqama was renewed.' },
    });
    expect(accepted.status).toBe(200);
    await expect.poll(() => statusOf(asked.resident, asked.reference), { timeout: 15_000 }).toBe('ACCEPTED');
    findings.push(...(await checkInquiryInBothLanguages(asked.reference, 'inquiry-rating', '#rating-heading')));
    await page.reload();
    await page.waitForSelector('#rating-heading');
    await page.click('form button[type=submit]');
    const scoreError = await page.waitForSelector('#rating-score-error');
    expect(await scoreError.textContent()).not.toBe('');
    expect(await page.getAttribute('fieldset.scores', 'aria-describedby')).toBe('rating-score-error');
    await page.check('input[name=score][value="4"]');
    await page.fill('#rating-comment', 'Quick and clear.');
    await page.click('form button[type=submit]');
    await page.waitForSelector('text=Your rating: 4 of 5');
    // Assess
    expect(await page.$('#rating-heading')).toBeNull();
    expect(findings).toEqual([]);
  }, 150_000);

  it('when the request is rejected, the resident appeals within the window in the browser', async () => {
    // Prepare
    const rejected = await decidedInquiry(
      { decision: 'REJECT', note: 'Your iqama is not due for renewal yet.' },
      'REJECTED',
    );
    const findings = await checkInquiryInBothLanguages(rejected.reference, 'inquiry-appeal', '#appeal-reason');
    const { page } = await signedIn('en', `/inquiries/${rejected.reference}`);
    await page.waitForSelector('#appeal-reason');
    // Act
    await page.fill('#appeal-reason', 'My iqama expires in three weeks; please look again.');
    await page.click('form button[type=submit]');
    await page.waitForSelector('.notice[role=status]');
    // Assess
    await expect.poll(() => statusOf(rejected.resident, rejected.reference), { timeout: 15_000 }).toBe('APPEALED');
    // The notice shows as soon as the appeal is accepted; the form goes once the page has read the inquiry again.
    await page.waitForSelector('#appeal-reason', { state: 'detached', timeout: 15_000 });
    expect(findings).toEqual([]);
  }, 120_000);

  it('when each resident page is checked in Arabic and English at desktop and phone width, axe finds nothing serious or critical', async () => {
    // Prepare
    const pages = [
      ['new-inquiry', '/inquiries/new', '#inquiry-section option[value="RESIDENCY"]'],
      ['inquiry-list', '/inquiries', `a[href="/inquiries/${reference}"]`],
      ['inquiry', `/inquiries/${reference}`, '#attachments-heading'],
      ['documents', '/documents', 'table'],
      ['passport', '/passport', '#passport-number'],
      ['preferences', '/preferences', 'input[name=sms-language]'],
    ] as const;
    const findings: string[] = [];
    for (const language of LANGUAGES) {
      const { page } = await signedIn(language, '/inquiries');
      for (const [name, path, ready] of pages) {
        // Act
        await page.goto(`${runtime.url}${path}`);
        await page.waitForSelector(ready, { state: 'attached' });
        expect(await page.getAttribute('html', 'lang')).toBe(language);
        expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
        findings.push(...(await checkPage(page, name, language)));
      }
    }
    // Assess
    expect(findings).toEqual([]);
  }, 180_000);
});
