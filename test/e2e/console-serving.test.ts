import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { LOCAL_AWS } from '../../lib/local/dynamodb-local.js';
import { LOCAL_CLIENT_ID, SESSION_COOKIE } from '../../lib/local/local-sign-in.js';
import { launchChromium, type WatchedContext, watchedContext } from '../support/browser.js';
import { seriousAxeFindings } from '../support/console-browser.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

// RFC 7636, appendix B: a verifier and its S256 challenge.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/console');
const DEEP_LINK = '/inquiries/TW-2026-000001';
const RESIDENT_LINK = 'role=resident&sub=resident-e2e&iqamaNumber=2000000006&phone=%2B966500000001&locale=en';

describe('the web console, served and signed in to by the local runtime', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let browser: Browser;
  let watched: WatchedContext | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-e2e-console-'));
    [runtime, browser] = await Promise.all([startRuntimeProcess(dataDir), launchChromium()]);
  });

  afterEach(async () => {
    // Every page of every test: nothing off this machine, nothing the page's policy refused.
    const seen = watched;
    watched = undefined;
    await seen?.close();
    expect(seen?.offLoopback ?? []).toEqual([]);
    expect(seen?.cspViolations ?? []).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const newPage = async (locale = 'ar-SA') => {
    watched = await watchedContext(browser, { locale });
    return watched.context.newPage();
  };

  it('when npm start starts, it says where the console is and whether it was built or read from the cache', () => {
    // Assess
    expect(runtime.output()).toMatch(
      new RegExp(`Console: +${runtime.url}/ +\\((built in \\d+\\.\\d s|from the cache)\\)`),
    );
  });

  it.each(['/', DEEP_LINK])('when %s is fetched, it is the console’s page, Arabic and right to left', async (path) => {
    // Act
    const response = await fetch(`${runtime.url}${path}`);
    // Assess
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<html lang="ar" dir="rtl">/);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self';/);
  });

  it.each(['127.0.0.1', 'localhost'])(
    'when the console on %s asks the API and the S3 emulator before a call, both allow its origin',
    async (host) => {
      // Prepare
      const origin = runtime.url.replace('127.0.0.1', host);
      const policy = (await fetch(`${runtime.url}/`)).headers.get('content-security-policy') ?? '';
      const s3 = /connect-src 'self' (\S+);/.exec(policy)?.[1];
      const ask = (url: string, method: string) =>
        fetch(url, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': method,
            'access-control-request-headers': 'content-type',
          },
        });
      // Act
      const api = await ask(`${runtime.url}/v1/inquiries`, 'POST');
      const { Buckets = [] } = await new S3Client({ endpoint: s3, forcePathStyle: true, ...LOCAL_AWS }).send(
        new ListBucketsCommand({}),
      );
      const attachments = Buckets.find((bucket) => bucket.Name?.startsWith('attachmentsbucket'))?.Name;
      const upload = await ask(`${s3}/${attachments}`, 'POST');
      // Assess
      expect(api.headers.get('access-control-allow-origin')).toBe(origin);
      expect(upload.status).toBe(200);
      expect([origin, '*']).toContain(upload.headers.get('access-control-allow-origin'));
    },
  );

  it('Compliance: the watched context records a request off this machine and a CSP violation, so their absence means something', async () => {
    // Prepare
    const probe = await watchedContext(browser);
    const page = await probe.context.newPage();
    await page.route('http://example.invalid/**', (route) => route.abort());
    await page.route(`${runtime.url}/probe`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        headers: { 'content-security-policy': "default-src 'none'; img-src *" },
        body: '<!doctype html><img src="http://example.invalid/x.png" alt=""><script>document.title = "ran"</script>',
      }),
    );
    // Act
    await page.goto(`${runtime.url}/probe`);
    await expect.poll(() => probe.cspViolations.length).toBe(1);
    await probe.close();
    // Assess
    expect(probe.offLoopback).toEqual(['http://example.invalid/x.png']);
    expect(probe.cspViolations[0]).toContain('script-src');
  });

  it('when a file the build did not write is asked for, it answers 404', async () => {
    // Act
    const response = await fetch(`${runtime.url}/assets/x.js`);
    // Assess
    expect(response.status).toBe(404);
  });

  it('when a resident follows the direct sign-in link, they land on the page named, signed in, with an httpOnly session cookie', async () => {
    // Prepare
    const page = await newPage();
    // Act
    await page.goto(`${runtime.url}/local/sign-in?${RESIDENT_LINK}&next=/documents`);
    await page.locator('.account .role').waitFor();
    const cookies = await watched!.context.cookies();
    // Assess
    expect(new URL(page.url()).pathname).toBe('/documents');
    expect(['مقيم', 'Resident']).toContain(await page.locator('.account .role').textContent());
    expect(await page.locator('nav a[aria-current="page"]').getAttribute('href')).toBe('/documents');
    expect(cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  it('when a signed-in resident reloads a deep link, they stay on it, signed in', async () => {
    // Prepare
    const page = await newPage();
    await page.goto(`${runtime.url}/local/sign-in?${RESIDENT_LINK}&next=${encodeURIComponent(DEEP_LINK)}`);
    await page.locator('.account .role').waitFor();
    // Act
    await page.reload();
    await page.locator('.account .role').waitFor();
    // Assess
    expect(new URL(page.url()).pathname).toBe(DEEP_LINK);
  });

  it('when the direct link names another host as next, it is refused and the browser stays here', async () => {
    // Prepare
    const page = await newPage();
    // Act
    const response = await page.goto(`${runtime.url}/local/sign-in?${RESIDENT_LINK}&next=//evil.example/`);
    // Assess
    expect(response?.status()).toBe(400);
    expect(new URL(page.url()).origin).toBe(runtime.url);
    expect(await watched!.context.cookies()).toEqual([]);
  });

  it('when no one is signed in, opening a deep link leads to the local sign-in page, in Arabic', async () => {
    // Prepare
    const page = await newPage();
    // Act
    await page.goto(`${runtime.url}${DEEP_LINK}`);
    await page.waitForURL((url) => url.pathname === '/local/oauth2/authorize');
    // Assess
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('h1').textContent()).toContain('تواصل');
  });

  it.each([
    ['ar', 'rtl', 'ar-SA'],
    ['en', 'ltr', 'en-GB'],
  ])(
    'when a reviewer signs in on the sign-in page in %s, the page is %s, has no serious axe violation, and its code exchanges for a token',
    async (lang, dir, locale) => {
      // Prepare
      const page = await newPage(locale);
      const callback = `${runtime.url}/callback`;
      // The console's own callback would redeem the code with its verifier; the test redeems it with its own.
      await page.route(`${callback}?*`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/plain', body: 'back' }),
      );
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: LOCAL_CLIENT_ID,
        redirect_uri: callback,
        state: 'e2e-state',
        code_challenge: CHALLENGE,
        code_challenge_method: 'S256',
        lang,
      });
      await page.goto(`${runtime.url}/local/oauth2/authorize?${query}`);
      const violations = await seriousAxeFindings(page);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `local-sign-in-${lang}.png`), fullPage: true });
      const shown = [await page.locator('html').getAttribute('lang'), await page.locator('html').getAttribute('dir')];
      // Act
      await page.locator('#reviewer-section-VISAS').check();
      await page.locator('#reviewer-sub').fill('reviewer-e2e');
      await page.locator('#reviewer-title ~ form button[type="submit"]').click();
      await page.waitForURL((url) => url.pathname === '/callback');
      const back = new URL(page.url());
      const exchanged = await fetch(`${runtime.url}/local/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code: back.searchParams.get('code') ?? '',
          redirect_uri: callback,
          client_id: LOCAL_CLIENT_ID,
          code_verifier: VERIFIER,
        }),
      });
      const { id_token: token } = (await exchanged.json()) as { id_token: string };
      const queue = await fetch(`${runtime.url}/v1/review/inquiries`, {
        headers: { authorization: `Bearer ${token}` },
      });
      // Assess
      expect(violations).toEqual([]);
      expect(back.searchParams.get('state')).toBe('e2e-state');
      expect(exchanged.status).toBe(200);
      expect(queue.status).toBe(200);
      expect(shown).toEqual([lang, dir]);
    },
  );

  it('when a field is refused on the sign-in page, axe finds no serious violation and the error is tied to the field', async () => {
    // Prepare
    const page = await newPage();
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: LOCAL_CLIENT_ID,
      redirect_uri: `${runtime.url}/callback`,
      state: 's',
      code_challenge: CHALLENGE,
      code_challenge_method: 'S256',
    });
    await page.goto(`${runtime.url}/local/oauth2/authorize?${query}`);
    // Act
    await page.locator('#resident-iqamaNumber').fill('12345');
    await page.locator('#resident-phone').fill('+966500000001');
    await page.locator('#resident-title ~ form button[type="submit"]').click();
    await page.locator('#resident-iqamaNumber-error').waitFor();
    // Assess
    expect(await page.locator('#resident-iqamaNumber').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#resident-iqamaNumber').getAttribute('aria-describedby')).toContain(
      'resident-iqamaNumber-error',
    );
    expect(await seriousAxeFindings(page)).toEqual([]);
  });
});
