/**
 * What the console weighs: the JavaScript a first visit downloads (gzipped, as CloudFront and the
 * local server send it), against the 100 kB budget and against a baseline built the same
 * way with Preact and its router alone, and each page's own download on first visit.
 * Writes bench/console-bundle-results.json and the README's table.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../lib/aws/project-context.js';
import { buildConsole, type ConsoleManifest, firstLoadFiles } from '../lib/web/console-build.js';

const BUDGET_BYTES = 100 * 1024;
const WORK = join(PROJECT_ROOT, 'bench/.work/console-bundle');

const gzippedSize = (directory: string, files: readonly string[]) =>
  files
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(directory, file)), { level: 9 }).length, 0);

/** The same framework with no console: Preact rendering one route of preact-iso's router, built by the same Vite. */
const buildBaseline = async (outDir: string): Promise<ConsoleManifest> => {
  const root = join(WORK, 'baseline-src');
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><div id="app"></div><script type="module" src="/main.tsx"></script>\n',
  );
  writeFileSync(
    join(root, 'main.tsx'),
    [
      "import { render } from 'preact';",
      "import { useState } from 'preact/hooks';",
      "import { LocationProvider, Route, Router } from 'preact-iso';",
      'const Home = () => { const [n, setN] = useState(0); return <button type="button" onClick={() => setN(n + 1)}>{n}</button>; };',
      'render(<LocationProvider><Router><Route path="/" component={Home} /></Router></LocationProvider>, document.getElementById(\'app\')!);',
      '',
    ].join('\n'),
  );
  const { build } = await import('vite');
  await build({
    root,
    logLevel: 'warn',
    configFile: false,
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: { outDir, manifest: true, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  });
  return JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as ConsoleManifest;
};

/** A page's download on its first visit after the frame: its chunk and what it imports that the first load did not bring. */
const pageDownloads = (manifest: ConsoleManifest, outDir: string) => {
  const first = new Set(firstLoadFiles(manifest));
  return Object.entries(manifest)
    .filter(([, chunk]) => /-page-/.test(chunk.file))
    .map(([key]) => {
      const files = new Set<string>();
      const visit = (name: string) => {
        const entry = manifest[name];
        if (!entry || files.has(entry.file) || first.has(entry.file)) return;
        files.add(entry.file);
        for (const imported of entry.imports ?? []) visit(imported);
      };
      visit(key);
      return { page: key.replace(/^src\//, ''), gzippedBytes: gzippedSize(outDir, [...files]) };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
};

rmSync(WORK, { recursive: true, force: true });
const consoleOut = join(WORK, 'console');
const baselineOut = join(WORK, 'baseline');
const started = performance.now();
const { manifest } = await buildConsole(consoleOut);
const buildMs = performance.now() - started;
const baselineManifest = await buildBaseline(baselineOut);

const firstLoad = gzippedSize(consoleOut, firstLoadFiles(manifest));
const baseline = gzippedSize(baselineOut, firstLoadFiles(baselineManifest));
const pages = pageDownloads(manifest, consoleOut);
const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  method:
    'vite build of web/ (the production build), gzip -9 of the JavaScript of the entry and its static imports (first load), and of each page chunk with what it adds; the baseline is Preact + preact-iso rendering one route, built by the same Vite',
  budgetBytes: BUDGET_BYTES,
  firstLoad: { gzippedBytes: firstLoad, ratioToBaseline: Math.round((firstLoad / baseline) * 100) / 100 },
  baseline: { gzippedBytes: baseline },
  pages,
  buildMs: Math.round(buildMs),
};
writeFileSync(join(PROJECT_ROOT, 'bench/console-bundle-results.json'), `${JSON.stringify(results, null, 2)}\n`);

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const markdown = [
  '| Download | JavaScript, gzipped | Against |',
  '|---|---:|---:|',
  `| First load (frame, sign-in, router, API client) | ${kB(firstLoad)} | ${Math.round((firstLoad / BUDGET_BYTES) * 100)} % of the 100 kB budget; ${results.firstLoad.ratioToBaseline}× the baseline |`,
  `| Baseline: Preact + preact-iso, one route | ${kB(baseline)} | 1× |`,
  ...pages.map((page) => `| then \`${page.page}\` | ${kB(page.gzippedBytes)} | on first visit |`),
].join('\n');
const measured = `Measured ${results.measuredAt.slice(0, 10)} on Node ${results.node}; built in ${(buildMs / 1000).toFixed(1)} s.`;
console.log(`\n${markdown}\n\n${measured}\nWritten to bench/console-bundle-results.json.`);
if (firstLoad > BUDGET_BYTES) {
  console.error(`The first load is over the budget: ${kB(firstLoad)} > ${kB(BUDGET_BYTES)}`);
  process.exitCode = 1;
}

const readme = join(PROJECT_ROOT, 'README.md');
const text = readFileSync(readme, 'utf8');
const updated = text.replace(
  /<!-- console-bench:start -->[\s\S]*<!-- console-bench:end -->/,
  `<!-- console-bench:start -->\n${markdown}\n\n${measured}\n<!-- console-bench:end -->`,
);
if (updated !== text) writeFileSync(readme, updated);
