import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { apiClient, type RequestBody, succeeded } from '../support/api-client.js';
import { launchChromium, type WatchedContext } from '../support/browser.js';
import {
  type ConsoleLanguage,
  closeWatched,
  type SignInAs,
  seriousAxeFindings,
  signedInConsole,
} from '../support/console-browser.js';
import { postForm, samplePdf } from '../support/files.js';
import { call } from '../support/http-client.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/console');
const LANGUAGES = ['ar', 'en'] as const;
const WIDTHS = [1280, 360] as const;
const REVIEWER = 'reviewer-1';
const SECOND_REVIEWER = 'reviewer-2';

/** A 2×2 PNG a browser decodes (its chunks' checksums right, which the verification does not need but Chromium does). */
const decodablePng = () => {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header[8] = 8;
  header[9] = 2;
  const rows = Buffer.from([0, 0, 98, 59, 0, 98, 59, 0, 0, 98, 59, 0, 98, 59]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

describe("the reviewer's and the supervisor's pages of the console, in Chromium against npm start", () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let browser: Browser;
  let resident: string;
  const watched: WatchedContext[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-e2e-console-review-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Receipts are played by hand, so that an SMS stays undelivered as long as a test needs it to.
    [runtime, browser] = await Promise.all([
      startRuntimeProcess(dataDir, undefined, { TAWASUL_SMS_RECEIPTS: 'manual' }),
      launchChromium(),
    ]);
    resident = (
      await call(`${runtime.url}/local/tokens`, {
        body: { role: 'resident', sub: 'resident-r', iqamaNumber: '2000000006', phone: '+966500000001', locale: 'ar' },
      })
    ).body.token;
  }, 120_000);

  afterEach(async () => {
    // Every page of every test: nothing fetched off this machine, nothing the page's policy refused.
    expect(await closeWatched(watched)).toEqual({ offLoopback: [], cspViolations: [] });
  });

  afterAll(async () => {
    await browser?.close();
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const asResident = () => apiClient(runtime.url, resident);
  /** The local clock's call waits until the inquiries' stream has been delivered: reviews started, statistics counted. */
  const settle = () => call(`${runtime.url}/local/clock`, { body: { advanceDays: 0 } });
  const submit = async (description: string) => {
    const inquiry = await succeeded(
      asResident().POST('/v1/inquiries', {
        body: { category: 'EXIT_REENTRY_VISA', description } satisfies RequestBody<'SubmitInquiry'>,
      }),
    );
    await settle();
    return inquiry.reference;
  };
  const residentView = (reference: string) =>
    succeeded(asResident().GET('/v1/inquiries/{reference}', { params: { path: { reference } } }));

  /** A browser signed in through the local sign-in's direct link, landing on `next`. */
  const signedIn = (who: SignInAs, language: ConsoleLanguage, next: string) =>
    signedInConsole({ browser, watched, runtimeUrl: runtime.url, who, language, next });
  const reviewer = (sub: string): SignInAs => ({ role: 'reviewer', sub, sections: 'VISAS' });

  /** axe finds nothing serious or critical, and the page is photographed at both widths. */
  const checkPage = async (page: Page, name: string, language: string) => {
    expect(await seriousAxeFindings(page), `${name} in ${language}`).toEqual([]);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expect
        .poll(() => page.evaluate<boolean>('document.documentElement.scrollWidth <= innerWidth'), {
          message: `${name} at ${width}`,
        })
        .toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${language}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  };

  it('when a reviewer works an inquiry from the queue, they ask for two documents, see the reply, and accept it', async () => {
    // Prepare: an inquiry with an image and a PDF attached.
    const reference = await submit('متى تصدر تأشيرة الخروج والعودة لوالدتي؟ قدّمت الطلب قبل أسبوع.');
    for (const [fileName, contentType, file] of [
      ['صورة الجواز.png', 'image/png', decodablePng()],
      ['passport.pdf', 'application/pdf', samplePdf()],
    ] as const) {
      const declared = await succeeded(
        asResident().POST('/v1/inquiries/{reference}/attachments', {
          params: { path: { reference } },
          body: { fileName, contentType, size: file.length },
        }),
      );
      if (!declared.upload) throw new Error('No upload form was issued');
      expect((await postForm(declared.upload, file)).status).toBeLessThan(300);
    }
    await expect
      .poll(
        async () =>
          (await residentView(reference)).timeline.filter((entry) => entry.event === 'ATTACHMENT_VERIFIED').length,
      )
      .toBe(2);
    const page = await signedIn(reviewer(REVIEWER), 'en', '/review');

    // Act: from the queue to the inquiry, its image opened in the page.
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: `Request ${reference}` }).waitFor();
    await page.getByRole('button', { name: 'Show صورة الجواز.png' }).click();
    const image = page.getByRole('img', { name: 'Attached image صورة الجواز.png' });
    await image.waitFor();
    // Act: the PDF in a tab of its own, shown there rather than saved.
    await page.getByRole('button', { name: 'Show passport.pdf' }).click();
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    const [pdfTab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: 'Open passport.pdf in a new tab' }).click(),
    ]);
    await pdfTab.waitForLoadState();
    expect(pdfTab.url()).toMatch(/attachmentsbucket.*response-content-disposition=inline/);
    await pdfTab.close();
    expect(downloads).toEqual([]);

    // Act: information asked for, two documents, with the keyboard adding the second row.
    await page.getByRole('radio', { name: 'Ask for more information or documents' }).check();
    await page.getByLabel(/Note to the resident/).fill('Please send a copy of your passport and of the visa.');
    await page.getByLabel('Document 1', { exact: true }).fill('Passport copy');
    await page.getByRole('button', { name: 'Add a document' }).press('Enter');
    await expect
      .poll(() => page.evaluate<string | undefined>('document.activeElement?.id'))
      .toBe('decision-document-1');
    await page.keyboard.type('Visa copy');
    await page.getByLabel('Internal note', { exact: true }).fill('Visa number checked against the register.');
    await page.getByRole('button', { name: 'Send the decision' }).click();
    await page.getByRole('status').filter({ hasText: 'The decision was recorded.' }).waitFor();

    // Assess
    expect(await page.evaluate<number>("document.querySelector('.attachment-view img').naturalWidth")).toBeGreaterThan(
      0,
    );
    await page.reload();
    await page.getByText(/has not reached the resident yet/).waitFor();
    const asked = await residentView(reference);
    expect(asked.status).toBe('NEEDS_INFO');
    expect(asked.requestedDocuments).toEqual(['Passport copy', 'Visa copy']);
    await page.getByText('Visa number checked against the register.').waitFor();
    // Assess: the resident opened it, so it reached them and their 14 days run.
    await page.reload();
    await page.getByText('The request for information reached the resident').waitFor();
    expect(await page.getByText(/has not reached the resident yet/).count()).toBe(0);

    // Act: the resident replies; the reviewer reads the reply and accepts.
    await succeeded(
      asResident().POST('/v1/inquiries/{reference}/replies', {
        params: { path: { reference } },
        body: { message: 'أرفقت صورة الجواز والتأشيرة.' },
      }),
    );
    await settle();
    await page.reload();
    await page.getByText('أرفقت صورة الجواز والتأشيرة.').waitFor();
    await page.getByRole('radio', { name: 'Accept the request' }).check();
    await page.getByLabel(/Note to the resident/).fill('Your visa has been issued.');
    await page.getByRole('button', { name: 'Send the decision' }).click();
    await page.getByRole('status').filter({ hasText: 'The decision was recorded.' }).waitFor();

    // Assess
    expect((await residentView(reference)).status).toBe('ACCEPTED');
    await expect.poll(() => page.getByRole('radio').count()).toBe(0);
  }, 120_000);

  it('when a rejected inquiry is appealed, its reviewer is told why the appeal is not theirs, and a second reviewer decides it', async () => {
    // Prepare: rejected by the first reviewer, appealed by the resident.
    const reference = await submit('I applied for an exit and re-entry visa ten days ago and heard nothing.');
    const first = await signedIn(reviewer(REVIEWER), 'en', `/review/inquiries/${reference}`);
    await first.getByRole('radio', { name: 'Reject it, giving the reason' }).check();
    await first.getByRole('button', { name: 'Send the decision' }).click();
    // Act: a rejection without its reason is refused, the API's words beside the note.
    const note = first.getByLabel(/Note to the resident/);
    await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true');
    const described = (await note.getAttribute('aria-describedby')) ?? '';
    expect(described.split(' ')).toContain('decision-note-error');
    expect(await first.locator('#decision-note-error').textContent()).not.toBe('');
    await note.fill('The passport copy cannot be read.');
    await first.getByRole('button', { name: 'Send the decision' }).click();
    await first.getByRole('status').filter({ hasText: 'The decision was recorded.' }).waitFor();
    await succeeded(
      asResident().POST('/v1/inquiries/{reference}/appeal', {
        params: { path: { reference } },
        body: { reason: 'Here is a readable copy of my passport.' },
      }),
    );
    await settle();

    // Act
    await first.reload();
    await first.getByText('You rejected this request, so you cannot decide its appeal').waitFor();
    const second = await signedIn(reviewer(SECOND_REVIEWER), 'ar', `/review/inquiries/${reference}`);
    await second.getByText('هذا الطلب في مرحلة التظلّم').waitFor();

    // Assess: the first has no decision to make; the second only a final accept or reject.
    expect(await first.getByRole('radio').count()).toBe(0);
    expect(await second.getByRole('radio').count()).toBe(2);
    await checkPage(first, 'review-appeal', 'en');
    await checkPage(second, 'review-appeal', 'ar');

    // Act: the second reviewer overturns the rejection.
    await second.getByRole('radio', { name: 'قبول الطلب' }).check();
    await second.getByRole('button', { name: 'إرسال القرار' }).click();
    await second.getByRole('status').filter({ hasText: 'سُجّل القرار.' }).waitFor();

    // Assess
    expect((await residentView(reference)).status).toBe('ACCEPTED');
  }, 120_000);

  it('when the inquiry changed since the page opened, the decision is refused with an explanation and a reload shows where it stands', async () => {
    // Prepare: the page open, then the inquiry decided elsewhere.
    const reference = await submit('Could you tell me whether my visa extension was received?');
    const page = await signedIn(reviewer(REVIEWER), 'en', `/review/inquiries/${reference}`);
    await page.getByRole('radio', { name: 'Accept the request' }).waitFor();
    const elsewhere = (
      await call(`${runtime.url}/local/tokens`, {
        body: { role: 'reviewer', sub: SECOND_REVIEWER, sections: ['VISAS'] },
      })
    ).body.token;
    await succeeded(
      apiClient(runtime.url, elsewhere).POST('/v1/review/inquiries/{reference}/decision', {
        params: { path: { reference } },
        body: { decision: 'ACCEPT' },
      }),
    );

    // Act
    await page.getByRole('button', { name: 'Send the decision' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'changed since you opened the page' });
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Reload' }).click();

    // Assess
    await page.getByText('Accepted', { exact: true }).first().waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
  }, 120_000);

  it.each(LANGUAGES)(
    'when a reviewer opens the queue and an inquiry in %s, they are accessible and fit a phone',
    async (language) => {
      // Prepare
      const reference = await submit('أرغب في الاستفسار عن رسوم تأشيرة الخروج والعودة المتعددة.');
      // Act
      const queue = await signedIn(reviewer(REVIEWER), language, '/review?status=UNDER_REVIEW');
      await queue.getByRole('link', { name: reference }).waitFor();
      // Assess: the filter is kept in the address, and the page is checked.
      expect(await queue.getByLabel(language === 'ar' ? 'الحالة' : 'Status').inputValue()).toBe('UNDER_REVIEW');
      await checkPage(queue, 'review-queue', language);
      await queue.getByRole('link', { name: reference }).click();
      await queue.getByRole('heading', { level: 2, name: language === 'ar' ? 'القرار' : 'Decision' }).waitFor();
      await checkPage(queue, 'review-inquiry', language);
    },
    120_000,
  );

  it.each(LANGUAGES)(
    'when a supervisor opens the statistics in %s, the charts show the window’s figures, each with its table',
    async (language) => {
      // Prepare: the days the inquiries above were counted on, in Riyadh, and the request types'
      // names, which supervisors read from the published processing times.
      await call(`${runtime.url}/local/processing-times/refresh`, { method: 'POST' });
      const now = (await call(`${runtime.url}/local/clock`)).body.now as string;
      const today = new Date(Date.parse(now) + 3 * 3_600_000).toISOString().slice(0, 10);
      const window = `from=${today}&to=${today}&period=day`;
      // Act
      const page = await signedIn({ role: 'supervisor', sub: 'supervisor-1' }, language, `/statistics?${window}`);
      const volumes = page.locator('section[aria-labelledby="volumes-heading"]');
      await volumes.locator('svg[role="img"]').waitFor();
      await volumes.locator('summary').click();
      // Assess: the chart names itself, its table holds the day's submissions, every section is read.
      expect(await volumes.locator('svg title').textContent()).not.toBe('');
      const submitted = await volumes.locator('tbody tr td').first().textContent();
      expect(
        Number(submitted?.replace(/[٠-٩]/g, (digit: string) => String(digit.charCodeAt(0) - 0x0660))),
      ).toBeGreaterThan(0);
      await page.locator('section[aria-labelledby="sections-heading"] .bar-row').first().waitFor();
      // No establishment filed any of these: the submitted figure says so, in the page's digits.
      expect(await page.locator('main').textContent()).toContain(
        language === 'en'
          ? 'of which establishments filed for their employees: 0'
          : 'منها ما قدّمته المنشآت عن موظفيها: ٠',
      );
      await checkPage(page, 'statistics', language);
    },
    120_000,
  );
});
