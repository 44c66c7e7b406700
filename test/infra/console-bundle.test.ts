import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsole, type ConsoleBuild, firstLoadFiles } from '../../lib/web/console-build.js';

/** The budget for what a first visit downloads before any page shows: JavaScript, gzipped. */
const FIRST_LOAD_BUDGET_BYTES = 100 * 1024;

/** Hosts that appear in the bundle as text only. */
const TEXT_ONLY_HOSTS = ['www.w3.org', 'github.com'];

describe("the console's build", () => {
  let outDir: string;
  let console: ConsoleBuild;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'tawasul-console-'));
    console = await buildConsole(outDir);
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('when it is built, its page runs no inline script or style and loads only its own files', () => {
    // Act
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');

    // Assess: the deployed CSP allows scripts and styles from 'self' only.
    expect(page).toMatch(/<html lang="ar" dir="rtl">/);
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/<style|\sstyle=/);
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    for (const [, file] of page.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)) {
      expect(() => readFileSync(join(outDir, file!)), file).not.toThrow();
    }
  });

  it('when the first load is weighed, its JavaScript is within the budget and holds no page of a feature', () => {
    // Prepare
    const files = firstLoadFiles(console.manifest);
    const scripts = files.filter((file) => file.endsWith('.js'));

    // Act
    const gzipped = scripts.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length,
      0,
    );

    // Assess
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
    expect(files.join(' ')).not.toMatch(/page/);
    const lazyPages = Object.values(console.manifest).filter((chunk) => /-page-/.test(chunk.file));
    expect(lazyPages.length).toBeGreaterThanOrEqual(9);
  });

  it('when the bundle is searched, it holds no address of another host (no CDN, no font service)', () => {
    // Prepare
    const scripts = Object.values(console.manifest).map((chunk) => readFileSync(join(outDir, chunk.file), 'utf8'));

    // Act
    const hosts = scripts.flatMap((text) => [...text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((match) => match[1]));

    // Assess: only addresses that are words, never fetched: SVG's namespace, and the link in
    // preact-iso's message for a router without a location provider. The e2e tests watch the requests.
    expect(hosts.filter((host) => !TEXT_ONLY_HOSTS.includes(host ?? ''))).toEqual([]);
  });
});
