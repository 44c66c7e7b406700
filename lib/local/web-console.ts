import { readdir, readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import type { ConsoleConfig } from '../../web/src/shared/console-config.js';
import type { ConsoleBuild } from '../web/console-build.js';
import { LOCAL_CLIENT_ID } from './local-sign-in.js';

/** The console's files as built, in memory: its page and each file of its assets folder by the path it is served at. */
export interface ConsoleFiles {
  page: Buffer;
  assets: ReadonlyMap<string, Buffer>;
}

/** The configuration the local console reads: the API on its own origin, signing in at the local stand-in for Cognito. */
export const LOCAL_CONSOLE_CONFIG: ConsoleConfig = {
  apiUrl: '',
  signIn: {
    authorizeUrl: '/local/oauth2/authorize',
    tokenUrl: '/local/oauth2/token',
    logoutUrl: '/local/sign-out',
    clientId: LOCAL_CLIENT_ID,
  },
};

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/**
 * What the build wrote, read once at start: the files of assets/ are the allow-list the server
 * answers from, so no part of a request ever becomes a path on disk.
 */
export const loadConsoleFiles = async (build: ConsoleBuild): Promise<ConsoleFiles> => {
  const names = await readdir(join(build.outDir, 'assets')).catch(() => []);
  const assets = await Promise.all(
    names.map(
      async (name): Promise<[string, Buffer]> => [
        `/assets/${name}`,
        await readFile(join(build.outDir, 'assets', name)),
      ],
    ),
  );
  return { page: await readFile(join(build.outDir, 'index.html')), assets: new Map(assets) };
};

/**
 * As the deployed console's: its own scripts and styles only, none inline; uploads to and images
 * from the S3 emulator, the upload URL the API hands out.
 */
export const consoleSecurityPolicy = (s3Origin: string) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob: ${s3Origin}`,
    `connect-src 'self' ${s3Origin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');

/** Writes one of the console's answers; a HEAD gets the headers alone. */
export type ConsoleAnswer = (response: ServerResponse, head: boolean) => void;

/**
 * The console's answers: `page` for every console path, and by exact path its configuration and
 * the hashed files (kept for a year: a changed file gets a new name).
 */
export const webConsoleEndpoints = (options: { files: ConsoleFiles; s3Origin: string; config: ConsoleConfig }) => {
  const headers = {
    'content-security-policy': consoleSecurityPolicy(options.s3Origin),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  const answer =
    (body: Buffer, contentType: string, cacheControl: string): ConsoleAnswer =>
    (response, head) => {
      response.writeHead(200, {
        ...headers,
        'content-type': contentType,
        'content-length': String(body.length),
        'cache-control': cacheControl,
      });
      response.end(head ? undefined : body);
    };
  const files = new Map<string, ConsoleAnswer>([
    [
      '/config.json',
      answer(Buffer.from(JSON.stringify(options.config)), 'application/json; charset=utf-8', 'no-store'),
    ],
    ...[...options.files.assets].map(([path, body]): [string, ConsoleAnswer] => [
      path,
      answer(body, CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'public, max-age=31536000, immutable'),
    ]),
  ]);
  return { files, page: answer(options.files.page, 'text/html; charset=utf-8', 'no-store') };
};

export type WebConsoleEndpoints = ReturnType<typeof webConsoleEndpoints>;
