import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type WatchedContext } from '../support/browser.js';
import { type ConsoleLanguage, closeWatched, signedInConsole } from '../support/console-browser.js';
import { call } from '../support/http-client.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

const RESIDENT = { role: 'resident', sub: 'resident-journey', iqamaNumber: '2000000006', phone: '+966500000001' };
const FIRST_REVIEWER = { role: 'reviewer', sub: 'reviewer-journey-1', sections: 'RESIDENCY' };
const SECOND_REVIEWER = { role: 'reviewer', sub: 'reviewer-journey-2', sections: 'RESIDENCY' };
type Person = typeof RESIDENT | typeof FIRST_REVIEWER;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * One inquiry carried through the console by the people who handle it, each in a browser of their
 * own, nothing done through the API: what a newcomer does after `npm start`.
 */
describe('an inquiry from submission to rating, through the console only', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let browser: Browser;
  const watched: WatchedContext[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-console-journey-'));
    [runtime, browser] = await Promise.all([startRuntimeProcess(dataDir), launchChromium()]);
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

  /** A browser of the person's own, signed in through the direct link and on `next`. */
  const signedIn = (who: Person, language: ConsoleLanguage, next: string): Promise<Page> =>
    signedInConsole({ browser, watched, runtimeUrl: runtime.url, who, language, next });

  /** Files a request in the resident's browser, with a document when one is given, and answers its number. */
  const fileRequest = async (page: Page, description: string, document?: string): Promise<string> => {
    await page.goto(`${runtime.url}/inquiries/new`);
    await page.waitForSelector('#inquiry-section option[value="RESIDENCY"]', { state: 'attached' });
    await page.selectOption('#inquiry-section', 'RESIDENCY');
    await page.selectOption('#inquiry-category', 'IQAMA_ISSUANCE_RENEWAL');
    await page.fill('#inquiry-description', description);
    if (document) {
      await page.setInputFiles('#inquiry-attachments', [{ name: document, mimeType: 'application/pdf', buffer: PDF }]);
    }
    await page.click('button[type=submit]');
    // With documents the form stays to show each upload's verdict, then links to the request; without, it goes there.
    if (document) {
      expect(await (await page.waitForSelector('.verdict', { timeout: 60_000 })).textContent()).toContain('Verified');
      await page.click('a.button[href^="/inquiries/TW-"]');
    }
    await page.waitForURL(/\/inquiries\/TW-/);
    await page.waitForSelector('main h1:has-text("TW-")');
    return new URL(page.url()).pathname.split('/').at(-1) ?? '';
  };

  /** The reviewer's queue, read again until the review of `reference` has started and it is listed. */
  const openFromQueue = async (page: Page, reference: string) => {
    const link = page.getByRole('link', { name: reference });
    await expect
      .poll(
        async () => {
          await page.goto(`${runtime.url}/review`);
          await page.locator('main h1').first().waitFor();
          return link.count();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1);
    await link.click();
    await page.getByRole('heading', { level: 1, name: `Request ${reference}` }).waitFor();
  };

  const decide = async (page: Page, choice: string, note?: string, confirmation = 'The decision was recorded.') => {
    await page.getByRole('radio', { name: choice }).check();
    if (note) await page.getByLabel(/Note to the resident/).fill(note);
    await page.getByRole('button', { name: 'Send the decision' }).click();
    await page.getByRole('status').filter({ hasText: confirmation }).waitFor();
  };

  it('when a resident files with a document, a reviewer asks for more, the resident replies, the reviewer accepts, the resident rates', async () => {
    // Prepare
    const resident = await signedIn(RESIDENT, 'en', '/inquiries');
    const reviewer = await signedIn(FIRST_REVIEWER, 'en', '/review');

    // Act: the resident files, with their employer's letter.
    const reference = await fileRequest(resident, 'My iqama renewal has been pending for two weeks.', 'letter.pdf');

    // Act: the reviewer finds it in the section's queue and asks for the passport.
    await openFromQueue(reviewer, reference);
    await reviewer.getByRole('button', { name: 'Show letter.pdf' }).waitFor();
    await reviewer.getByRole('radio', { name: 'Ask for more information or documents' }).check();
    await reviewer.getByLabel(/Note to the resident/).fill('Please send a copy of your passport.');
    await reviewer.getByLabel('Document 1', { exact: true }).fill('Passport copy');
    await reviewer.getByRole('button', { name: 'Send the decision' }).click();
    await reviewer.getByRole('status').filter({ hasText: 'The decision was recorded.' }).waitFor();

    // Act: the resident reads what is asked and replies with it.
    await resident.goto(`${runtime.url}/inquiries/${reference}`);
    await resident.waitForSelector('#reply-message');
    expect(await resident.textContent('.from-reviewer ul')).toBe('Passport copy');
    await resident.fill('#reply-message', 'Attached is a copy of my passport.');
    await resident.setInputFiles('#reply-attachments', [
      { name: 'passport.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await resident.waitForSelector('.verdict', { timeout: 60_000 });
    await resident.click('form button[type=submit]');
    await resident.waitForSelector('.notice[role=status]');

    // Act: the reviewer reads the reply and accepts.
    await reviewer.reload();
    await reviewer.getByText('Attached is a copy of my passport.').first().waitFor();
    await decide(reviewer, 'Accept the request', 'Your iqama has been renewed.');

    // Act: the resident rates the closed case.
    await resident.reload();
    await resident.waitForSelector('#rating-heading');
    await resident.check('input[name=score][value="5"]');
    await resident.fill('#rating-comment', 'Quick and clear.');
    await resident.click('form button[type=submit]');

    // Assess: every step is on the record the resident reads.
    await resident.waitForSelector('text=Your rating: 5 of 5');
    const token = (await call(`${runtime.url}/local/tokens`, { body: { ...RESIDENT, locale: 'en' } })).body.token;
    const detail = (await call(`${runtime.url}/v1/inquiries/${reference}`, { token })).body as {
      status: string;
      rating?: { score: number };
      timeline: { status?: string }[];
    };
    expect(detail.status).toBe('ACCEPTED');
    expect(detail.rating?.score).toBe(5);
    expect(detail.timeline.map((entry) => entry.status).filter(Boolean)).toEqual(
      expect.arrayContaining(['SUBMITTED', 'UNDER_REVIEW', 'NEEDS_INFO', 'ACCEPTED']),
    );
  }, 180_000);

  it('when a reviewer rejects and the resident appeals, the reviewer who rejected cannot decide and a second one does', async () => {
    // Prepare
    const resident = await signedIn(RESIDENT, 'ar', '/inquiries');
    const first = await signedIn(FIRST_REVIEWER, 'en', '/review');
    const reference = await fileRequest(resident, 'أرجو تجديد إقامتي، فقد قاربت على الانتهاء.');

    // Act: the first reviewer rejects, giving the reason.
    await openFromQueue(first, reference);
    await decide(first, 'Reject it, giving the reason', 'The employer has not confirmed the renewal.');

    // Act: the resident appeals, in Arabic.
    await resident.reload();
    await resident.waitForSelector('#appeal-reason');
    await resident.fill('#appeal-reason', 'أكد صاحب العمل التجديد، وأرفقت خطابه سابقًا.');
    await resident.click('form button[type=submit]');
    await resident.waitForSelector('.notice[role=status]');

    // Assess: the first reviewer is told why the appeal is not theirs, and offered no decision.
    // (Read again until the review workflow has taken the appeal in, as a reviewer would refresh.)
    const notYours = first.getByText('You rejected this request, so you cannot decide its appeal');
    await expect
      .poll(
        async () => {
          await first.reload();
          await first.getByRole('heading', { level: 1, name: `Request ${reference}` }).waitFor();
          return notYours.count();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1);
    expect(await first.getByRole('radio').count()).toBe(0);

    // Act: a second reviewer, in Arabic, overturns the rejection.
    const second = await signedIn(SECOND_REVIEWER, 'ar', `/review/inquiries/${reference}`);
    await second.getByRole('radio', { name: 'قبول الطلب' }).check();
    await second.getByRole('button', { name: 'إرسال القرار' }).click();
    await second.getByRole('status').filter({ hasText: 'سُجّل القرار.' }).waitFor();

    // Assess: the resident sees the case accepted.
    await resident.reload();
    await resident.getByText('مقبول').first().waitFor();
  }, 180_000);
});
