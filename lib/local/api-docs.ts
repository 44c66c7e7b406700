import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_DOCUMENT_PATH, API_DOCUMENT_SHARING } from '../../functions/contract/routes.js';
import { PROJECT_ROOT } from '../aws/project-context.js';
import { CONTRACT_FILES } from '../openapi/contract-file-paths.js';

/** The API contract as `npm run openapi` writes it: the local runtime serves these very bytes. */
export const API_DOCUMENT_FILE = join(PROJECT_ROOT, CONTRACT_FILES.document);

/**
 * Swagger UI's installed files. The package is located, not imported: its entry module evaluates
 * the 1.7 MB browser bundle in Node (a tenth of a second and tens of megabytes at every start).
 */
const SWAGGER_UI = dirname(fileURLToPath(import.meta.resolve('swagger-ui-dist/package.json')));

/**
 * The page may load nothing but what this server sends (no CDN, no fonts, no validator badge) and
 * run no inline script. Swagger UI sets styles inline and draws some icons as data: URIs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // No other page may frame it (and trick a click on "Execute" with the viewer's token).
  "frame-ancestors 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Tawasul API</title>
    <link rel="stylesheet" href="/docs/swagger-ui.css">
    <link rel="icon" type="image/png" sizes="32x32" href="/docs/favicon-32x32.png">
    <link rel="icon" type="image/png" sizes="16x16" href="/docs/favicon-16x16.png">
  </head>
  <body>
    <div id="ui"></div>
    <script src="/docs/swagger-ui-bundle.js"></script>
    <script src="/docs/init.js"></script>
  </body>
</html>
`;

// A file of its own because the policy allows no inline script. `validatorUrl: null` turns off
// the badge for which Swagger UI's standalone layout sends the document's URL to validator.swagger.io,
// whatever layout or plugin a later change picks.
const INIT_SCRIPT = `SwaggerUIBundle({
  url: '${API_DOCUMENT_PATH}',
  dom_id: '#ui',
  validatorUrl: null,
  deepLinking: true,
});
`;

/** As the deployed API shares the contract; header names lower-cased, as every other answer here writes them. */
const PUBLIC_DOCUMENT = Object.fromEntries(
  Object.entries(API_DOCUMENT_SHARING).map(([name, value]) => [name.toLowerCase(), value]),
);

interface DocsFile {
  contentType: string;
  read: () => Promise<Buffer | string>;
  /** How long it may be kept, and who may read it: the page's own files, by default no one else. */
  sharing?: Record<string, string>;
}

/**
 * One of Swagger UI's files, named in the list below: only the files listed are served, and no part
 * of a request ever becomes part of a path on disk.
 */
const swaggerUiFile = (name: string, contentType: string): [string, DocsFile] => [
  `/docs/${name}`,
  { contentType, read: () => readFile(join(SWAGGER_UI, name)) },
];

/**
 * The contract at `/openapi.json` and the page that renders it at `/docs`, by path: each answer
 * writes the file with the headers every docs answer carries.
 */
export const apiDocsEndpoints = (
  document: Buffer,
): ReadonlyMap<string, (response: ServerResponse) => Promise<void>> => {
  const files = new Map<string, DocsFile>([
    [
      API_DOCUMENT_PATH,
      { contentType: 'application/json; charset=utf-8', read: async () => document, sharing: PUBLIC_DOCUMENT },
    ],
    ['/docs', { contentType: 'text/html; charset=utf-8', read: async () => PAGE }],
    ['/docs/init.js', { contentType: 'text/javascript; charset=utf-8', read: async () => INIT_SCRIPT }],
    swaggerUiFile('swagger-ui.css', 'text/css; charset=utf-8'),
    swaggerUiFile('swagger-ui-bundle.js', 'text/javascript; charset=utf-8'),
    swaggerUiFile('favicon-32x32.png', 'image/png'),
    swaggerUiFile('favicon-16x16.png', 'image/png'),
  ]);
  return new Map(
    [...files].map(([path, file]) => [
      path,
      async (response: ServerResponse) => {
        const body = await file.read();
        response.writeHead(200, {
          'content-type': file.contentType,
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          ...file.sharing,
        });
        response.end(body);
      },
    ]),
  );
};
