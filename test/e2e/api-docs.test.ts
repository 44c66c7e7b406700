import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { OPERATION_METHODS } from '../../lib/openapi/contract-file-paths.js';
import { launchChromium } from '../support/browser.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

const SCREENSHOT = join(PROJECT_ROOT, 'test-results/docs.png');

const HTTP_METHODS = new Set<string>(OPERATION_METHODS);

type OpenApiDocument = { paths?: Record<string, Record<string, unknown>> };

const operationsIn = (document: OpenApiDocument): number =>
  Object.values(document.paths ?? {}).reduce(
    (count, pathItem) => count + Object.keys(pathItem).filter((key) => HTTP_METHODS.has(key)).length,
    0,
  );

describe('the API contract and its docs page, served by the local runtime', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-e2e-docs-'));
    [runtime, browser] = await Promise.all([startRuntimeProcess(dataDir), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when /openapi.json is fetched, an independent validator accepts it as OpenAPI 3.1', async () => {
    // Act
    const response = await fetch(`${runtime.url}/openapi.json`);
    const validator = new Validator();
    const result = await validator.validate((await response.json()) as Record<string, unknown>);
    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
    expect(result).toEqual({ valid: true });
    expect(validator.version).toBe('3.1');
  });

  it('when /docs is opened in Chromium, it renders every operation of the document from the runtime alone, with no error', async () => {
    // Prepare
    const contract = (await (await fetch(`${runtime.url}/openapi.json`)).json()) as OpenApiDocument;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    const failed: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()}: ${response.status()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    // Act
    await page.goto(`${runtime.url}/docs`);
    await expect.poll(() => page.locator('.opblock').count(), { timeout: 20_000 }).toBe(operationsIn(contract));
    await page.waitForLoadState('networkidle');
    mkdirSync(join(PROJECT_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // Assess
    expect(await page.title()).toBe('Tawasul API');
    expect(operationsIn(contract)).toBeGreaterThan(0);
    expect(requested).toContain(`${runtime.url}/openapi.json`);
    expect(requested.filter((url) => !url.startsWith(`${runtime.url}/`))).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});
