import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../../functions/contract/routes.js';
import { matchPath } from '../../../lib/local/api-gateway-event.js';
import { loadConsoleFiles } from '../../../lib/local/web-console.js';
import { CONSOLE_PATHS, isConsolePath } from '../../../web/src/console/console-paths.js';
import { type BareLocalServer, bareLocalServer } from '../../support/bare-local-server.js';

const S3_ORIGIN = 'http://127.0.0.1:4569';
const PAGE =
  '<!doctype html><html lang="ar" dir="rtl"><script type="module" src="/assets/index-Ab12.js"></script></html>';
const SCRIPT = 'export const console = 1;';
/** The paths the local server answers itself, besides the API's routes. */
const RESERVED = ['/local', '/docs', '/health', '/openapi.json'];

describe('the web console, served by the local server', () => {
  let server: BareLocalServer;
  let outDir: string;

  beforeAll(async () => {
    // A build as Vite leaves it: the page, hashed assets, and its manifest beside them.
    outDir = mkdtempSync(join(tmpdir(), 'tawasul-console-files-'));
    mkdirSync(join(outDir, 'assets'));
    mkdirSync(join(outDir, '.vite'));
    writeFileSync(join(outDir, 'index.html'), PAGE);
    writeFileSync(join(outDir, 'assets', 'index-Ab12.js'), SCRIPT);
    writeFileSync(join(outDir, 'assets', 'index-Cd34.css'), 'main{}');
    writeFileSync(join(outDir, '.vite', 'manifest.json'), '{}');
    const files = await loadConsoleFiles({ outDir, manifest: {} });
    server = await bareLocalServer({ console: { files, s3Origin: S3_ORIGIN } });
  });

  afterAll(async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it.each(['/', '/inquiries/TW-2026-000123', '/review/inquiries/TW-1', '/callback'])(
    'when %s is opened, it answers the console’s page with the console’s policy, never stored',
    async (path) => {
      // Act
      const response = await fetch(`${server.base}${path}`);
      // Assess
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(PAGE);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toBe(
        `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: ${S3_ORIGIN}; ` +
          `connect-src 'self' ${S3_ORIGIN}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`,
      );
    },
  );

  it('when a page is asked for with HEAD, it answers the headers alone', async () => {
    // Act
    const response = await fetch(`${server.base}/documents`, { method: 'HEAD' });
    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(PAGE)));
    expect(await response.text()).toBe('');
  });

  it('when a page is posted to, it answers 405 naming GET and HEAD', async () => {
    // Act
    const response = await fetch(`${server.base}/inquiries`, { method: 'POST' });
    // Assess
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('when a built file is fetched, it answers its bytes, kept for a year', async () => {
    // Act
    const response = await fetch(`${server.base}/assets/index-Ab12.js`);
    // Assess
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(SCRIPT);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    '/assets/x.js',
    '/assets/../index.html',
    '/assets/%2e%2e/.vite/manifest.json',
    '/.vite/manifest.json',
    '/index.html',
    '/assets/',
    '/inquiries/TW-1/extra',
    '/inquiries/..%2f..%2fpackage.json',
  ])('when %s is asked for, it answers 404: only the built files and the console’s paths are served', async (path) => {
    // Act
    const response = await fetch(`${server.base}${path}`);
    // Assess
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('when /config.json is fetched, it answers the local configuration: the API on this origin, the local sign-in', async () => {
    // Act
    const response = await fetch(`${server.base}/config.json`);
    // Assess
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      apiUrl: '',
      signIn: {
        authorizeUrl: '/local/oauth2/authorize',
        tokenUrl: '/local/oauth2/token',
        logoutUrl: '/local/sign-out',
        clientId: 'tawasul-local-console',
      },
    });
  });

  it('Compliance: no console path is an API route or one of the local server’s own paths, and no route is a console path', () => {
    // Prepare
    const sample = (path: string) => path.replaceAll(/[:{][A-Za-z]+}?/g, 'TW-2026-000001');
    const consolePaths = CONSOLE_PATHS.map(sample);
    // Act
    const clashes = consolePaths.flatMap((path) => [
      ...ROUTES.filter((route) => matchPath(route.path, path) !== undefined).map((route) => `${path} ~ ${route.id}`),
      ...RESERVED.filter((reserved) => path === reserved || path.startsWith(`${reserved}/`)).map(
        (r) => `${path} ~ ${r}`,
      ),
    ]);
    const routesAsPages = ROUTES.map((route) => sample(route.path)).filter(isConsolePath);
    // Assess
    expect(consolePaths.every(isConsolePath)).toBe(true);
    expect(clashes).toEqual([]);
    expect(routesAsPages).toEqual([]);
    expect(RESERVED.filter(isConsolePath)).toEqual([]);
  });
});
