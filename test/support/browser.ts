import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';

/** The machine's Chromium: playwright-core brings no browser, and `npx playwright install` cannot download one here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches the machine's Chromium as verified here: headless, no sandbox (containers lack its
 * namespaces), no GPU, no small /dev/shm, and none of the browser's own calls home.
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A browser context, and what its pages did that a test forbids. */
export interface WatchedContext {
  context: BrowserContext;
  /** Every request to a host off this machine (the console may call none). */
  offLoopback: string[];
  /** Every violation of a page's Content-Security-Policy, as the page itself reports it. */
  cspViolations: string[];
  close(): Promise<void>;
}

/**
 * A context as a person in Riyadh has it (axe needs a context: it refuses pages from `newPage`),
 * recording each request that leaves loopback and each CSP violation its pages report.
 */
export const watchedContext = async (
  browser: Browser,
  options: { locale?: string } & Omit<BrowserContextOptions, 'locale' | 'timezoneId'> = {},
): Promise<WatchedContext> => {
  const { locale = 'ar-SA', ...rest } = options;
  const context = await browser.newContext({ ...rest, locale, timezoneId: 'Asia/Riyadh' });
  const offLoopback: string[] = [];
  const cspViolations: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && !LOOPBACK.has(url.hostname)) offLoopback.push(request.url());
  });
  // The binding and the listener are installed by the browser, not by the page: its policy does not apply to them.
  await context.exposeBinding('__tawasulCspViolation', (_source, violation: string) => cspViolations.push(violation));
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) =>
      window.__tawasulCspViolation(event.documentURI + ': ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline')));`,
  });
  return { context, offLoopback, cspViolations, close: () => context.close() };
};
