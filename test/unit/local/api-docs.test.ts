import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../lib/aws/project-context.js';
import { type BareLocalServer, bareLocalServer } from '../../support/bare-local-server.js';
import { rawExchange } from '../../support/raw-http.js';

/** Spaced and ordered as no serializer would write it, so that a re-serialized copy would show. */
const DOCUMENT = Buffer.from('{ "openapi": "3.1.0",\n  "info": { "title": "تواصل", "version": "1" }, "paths": {} }\n');

const SWAGGER_UI = join(PROJECT_ROOT, 'node_modules/swagger-ui-dist');

/** Nothing from another origin, no inline script; inline styles and data: images are Swagger UI's own. */
const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

describe('GET /openapi.json and /docs', () => {
  let server: BareLocalServer;
  let base: string;

  beforeAll(async () => {
    server = await bareLocalServer({ apiDocument: DOCUMENT });
    base = server.base;
  });

  afterAll(() => server.close());

  /** A request line sent as written: fetch would resolve `..` and re-encode the path before sending it. */
  const rawGet = async (path: string) => {
    const { response } = await rawExchange(
      base,
      `GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`,
    );
    if (!response) throw new Error(`No answer to GET ${path}`);
    return response;
  };

  it('when the document is asked for, it answers the bytes it was given, as JSON, with no token, shared as the deployed API shares it', async () => {
    // Act
    const response = await fetch(`${base}/openapi.json`);
    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(DOCUMENT);
  });

  it('when the page is asked for, it answers an English, left-to-right page titled "Tawasul API" under a policy that allows only its own origin', async () => {
    // Act
    const response = await fetch(`${base}/docs`);
    const page = await response.text();
    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(page).toMatch(/<html lang="en" dir="ltr">/);
    expect(page).toMatch(/<title>Tawasul API<\/title>/);
    expect(page).not.toMatch(/<script>|<script(?![^>]*\ssrc=)[^>]*>|\son\w+=/);
  });

  it('when each file the page names is asked for, it answers it with its type and the same policy', async () => {
    // Prepare
    const page = await (await fetch(`${base}/docs`)).text();
    const named = [...page.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    // Act
    const answers = await Promise.all(
      named.map(async (path) => {
        const response = await fetch(`${base}${path}`);
        await response.arrayBuffer();
        return {
          path,
          status: response.status,
          type: response.headers.get('content-type'),
          policy: response.headers.get('content-security-policy'),
        };
      }),
    );
    // Assess
    const served = (path: string, type: string) => ({
      path,
      status: 200,
      type,
      policy: POLICY,
    });
    expect(answers).toEqual([
      served('/docs/swagger-ui.css', 'text/css; charset=utf-8'),
      served('/docs/favicon-32x32.png', 'image/png'),
      served('/docs/favicon-16x16.png', 'image/png'),
      served('/docs/swagger-ui-bundle.js', 'text/javascript; charset=utf-8'),
      served('/docs/init.js', 'text/javascript; charset=utf-8'),
    ]);
  });

  it.each(['swagger-ui-bundle.js', 'swagger-ui.css', 'favicon-32x32.png'])(
    'when Swagger UI’s %s is asked for, it answers the installed file unchanged',
    async (name) => {
      // Act
      const response = await fetch(`${base}/docs/${name}`);
      // Assess
      expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(SWAGGER_UI, name)));
    },
  );

  it('when the start script is asked for, it points Swagger UI at /openapi.json and turns its online validator off', async () => {
    // Act
    const script = await (await fetch(`${base}/docs/init.js`)).text();
    // Assess
    expect(script).toMatch(/url: '\/openapi\.json'/);
    expect(script).toMatch(/validatorUrl: null/);
  });

  it.each([
    '/docs/../package.json',
    '/docs/%2e%2e/package.json',
    '/docs/..%2fpackage.json',
    '/docs/..%2F..%2Fpackage.json',
    '/docs//etc/passwd',
    '/docs/swagger-ui.js',
    '/docs/swagger-ui-bundle.js.map',
    '/docs/index.html',
    '/docs/swagger-initializer.js',
    '/docs/package.json',
    '/docs/',
    '/docs/SWAGGER-UI.CSS',
    '/swagger-ui.css',
    '/openapi.yaml',
  ])('when %s is asked for, it answers 404 with a problem and no file', async (path) => {
    // Act
    const response = await rawGet(path);
    // Assess
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(response.body.toString('utf8'))).toMatchObject({ status: 404 });
  });

  it.each([
    ['HEAD', '/docs'],
    ['POST', '/docs'],
    ['PUT', '/openapi.json'],
    ['DELETE', '/docs/swagger-ui.css'],
  ])('when %s %s is sent, it answers 405 allowing GET, as every local endpoint does', async (method, path) => {
    // Act
    const response = await fetch(`${base}${path}`, { method });
    // Assess
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});
