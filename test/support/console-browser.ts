import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page, ViewportSize } from 'playwright-core';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { type WatchedContext, watchedContext } from './browser.js';

export type ConsoleLanguage = 'ar' | 'en';

/** Who signs in through the local sign-in's direct link: its query, as `/local/sign-in` reads it. */
export type SignInAs = Record<string, string>;

/** axe's serious and critical findings on the page as it is now, each with the elements it names. */
export const seriousAxeFindings = async (page: Page): Promise<string[]> =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);

/**
 * A page of a browser context of its own (added to `watched`, for the test to check what it
 * fetched), signed in through the direct link as `who`, in `language`, landed on `next`.
 */
export const signedInConsole = async (options: {
  browser: Browser;
  watched: WatchedContext[];
  runtimeUrl: string;
  who: SignInAs;
  language: ConsoleLanguage;
  next: string;
  viewport?: ViewportSize;
}): Promise<Page> => {
  const { browser, watched, runtimeUrl, who, language, next, viewport } = options;
  const context = await watchedContext(browser, {
    locale: language === 'ar' ? 'ar-SA' : 'en-GB',
    ...(viewport ? { viewport } : {}),
  });
  watched.push(context);
  const page = await context.context.newPage();
  await page.goto(`${runtimeUrl}/local/sign-in?${new URLSearchParams({ ...who, locale: language, next })}`);
  await page.locator('main h1').first().waitFor();
  return page;
};

/**
 * Closes the contexts a test opened, emptying `watched`, and answers what their pages did that
 * the console may never do: a request off this machine, a violation of the page's CSP.
 */
export const closeWatched = async (
  watched: WatchedContext[],
): Promise<{ offLoopback: string[]; cspViolations: string[] }> => {
  const contexts = watched.splice(0);
  await Promise.all(contexts.map((context) => context.close()));
  return {
    offLoopback: contexts.flatMap((context) => context.offLoopback),
    cspViolations: contexts.flatMap((context) => context.cspViolations),
  };
};

/** Where the console's end-to-end tests keep their screenshots. */
export const CONSOLE_SCREENSHOTS = join(PROJECT_ROOT, 'test-results/console');
/** A desktop and a phone: every console page is checked at both. */
export const CONSOLE_WIDTHS = [1280, 360] as const;

/**
 * Serious and critical axe findings on the page as it is now, at each width, each labelled with
 * `name` and `language`, and a screenshot of each as `<prefix>-<name>-<language>-<width>.png`.
 */
export const axeFindingsAtWidths = async (
  page: Page,
  screenshot: { prefix: string; name: string; language: string },
): Promise<string[]> => {
  const { prefix, name, language } = screenshot;
  const findings: string[] = [];
  for (const width of CONSOLE_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const finding of await seriousAxeFindings(page)) findings.push(`${name} ${language} ${width}px: ${finding}`);
    await page.screenshot({
      path: join(CONSOLE_SCREENSHOTS, `${prefix}-${name}-${language}-${width}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return findings;
};
