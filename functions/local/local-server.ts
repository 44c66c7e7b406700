import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import * as v from 'valibot';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { ValidationFailed } from '../core/errors.js';
import { DAY_MS } from '../core/calendar-date.js';
import { negotiateTextLocale } from '../core/locale.js';
import { type ProblemDocument, STATUS_BY_CODE, problem } from '../http/problem.js';
import { CORS_REQUEST_HEADERS } from '../http/cors.js';
import { HttpRequestError } from '../http/request-errors.js';
import { calendarDate, parseInput } from '../http/validation.js';
import { LocalRegisterDrop } from './local-register-drop.js';
import type { Route } from '../routes.js';
import { lambdaContext, matchPath, toApiGatewayEvent } from './api-gateway-event.js';
import type { TokenIssuer } from './token-issuer.js';
import { TokenRequest, claimsFor } from './token-request.js';

export type LambdaHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

export interface LocalServerOptions {
  routes: readonly Route[];
  handlers: ReadonlyMap<string, LambdaHandler>;
  issuer: TokenIssuer;
  /** Web origins allowed to call the API from a browser, as the deployed stage allows. */
  allowedOrigins: readonly string[];
  /** The local-only endpoints: the SMS outbox and the clock. */
  local: {
    sms: (phone?: string) => unknown[];
    now: () => Date;
    /** Moves the clock forward by `ms`, firing every timer due on the way; resolves with the new time. */
    advance: (ms: number) => Promise<Date>;
    /** Runs the reminder sweep for a day and resolves with its counts. */
    runReminders: (date: string) => Promise<unknown>;
    /** Drops a file of the register's into the import prefix and resolves with its report. */
    importRegisterFile: (name: string, body: Buffer) => Promise<unknown>;
  };
  /** Resolves when every local component answers; rejects with what is down. */
  health: () => Promise<Record<string, string>>;
  log?: (line: string) => void;
}

/** Forward only, and at most a year at a time: the longest wait of any workflow is shorter. */
const ClockAdvance = v.strictObject({ advanceDays: v.pipe(v.number(), v.minValue(0), v.maxValue(366)) });

const ReminderRunRequest = v.strictObject({ date: calendarDate() });

/** The register's daily files are a few megabytes; a year's backlog fits well under this. */
const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** API Gateway's own payload limit. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_TOKEN_REQUEST_BYTES = 16 * 1024;

class BodyTooLarge extends Error {}

const readBody = async (request: IncomingMessage, limit: number): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
};

const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
};

/**
 * The outbox's phone filter, read as written: a number is `+9665…`, and in a query string a bare `+`
 * stands for a space, which no number contains. `%2B` reads the same.
 */
const phoneFilter = (url: URL): string | undefined => new URLSearchParams(url.search.replaceAll('+', '%2B')).get('phone') ?? undefined;

const sendProblem = (response: ServerResponse, document: ProblemDocument, locale: string) =>
  send(response, document.status, document, { 'content-type': 'application/problem+json; charset=utf-8', 'content-language': locale });

/**
 * The local stand-in for API Gateway: it checks the bearer token as the Cognito authorizer would,
 * builds the same REST event, and calls the same handlers the functions run in AWS.
 */
export const createLocalServer = (options: LocalServerOptions): Server => {
  const log = options.log ?? (() => undefined);

  const issueToken = async (request: IncomingMessage, response: ServerResponse, locale: ReturnType<typeof negotiateTextLocale>) => {
    const body = await readJson(request);
    const claims = claimsFor(parseInput(TokenRequest, body));
    send(response, 201, { ...(await options.issuer.issue(claims)), sub: claims.sub }, { 'content-language': locale });
  };

  const readJson = async (request: IncomingMessage): Promise<unknown> => {
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      throw new HttpRequestError('unsupported-media-type', 'Local requests are JSON');
    }
    try {
      return JSON.parse((await readBody(request, MAX_TOKEN_REQUEST_BYTES)).toString('utf8'));
    } catch (cause) {
      if (cause instanceof BodyTooLarge) throw cause;
      throw new HttpRequestError('malformed-json', 'Local request is not JSON', { cause });
    }
  };

  const advanceClock = async (request: IncomingMessage, response: ServerResponse) => {
    const { advanceDays } = parseInput(ClockAdvance, await readJson(request));
    const now = await options.local.advance(advanceDays * DAY_MS);
    send(response, 200, { now: now.toISOString() });
  };

  const runReminders = async (request: IncomingMessage, response: ServerResponse) => {
    const { date } = parseInput(ReminderRunRequest, await readJson(request));
    send(response, 200, await options.local.runReminders(date));
  };

  const importRegisterFile = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const name = url.searchParams.get('file') ?? '';
    if (!LocalRegisterDrop.isFileName(name)) throw new ValidationFailed([{ pointer: '/query/file', code: 'invalid' }]);
    send(response, 200, await options.local.importRegisterFile(name, await readBody(request, MAX_IMPORT_BYTES)));
  };

  /** The CORS preflight API Gateway answers by itself for every resource. */
  const preflight = (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const methods = options.routes.filter((route) => matchPath(route.path, url.pathname)).map((route) => route.method);
    const origin = request.headers.origin;
    if (methods.length === 0) return sendProblem(response, problem('not-found', 404, 'en'), 'en');
    response.writeHead(204, {
      ...(origin && options.allowedOrigins.includes(origin) && { 'access-control-allow-origin': origin }),
      'access-control-allow-methods': [...methods, 'OPTIONS'].join(','),
      'access-control-allow-headers': CORS_REQUEST_HEADERS.join(','),
      vary: 'Origin',
    });
    response.end();
  };

  const invoke = async (request: IncomingMessage, response: ServerResponse, url: URL, locale: ReturnType<typeof negotiateTextLocale>) => {
    const candidates = options.routes
      .map((route) => ({ route, parameters: matchPath(route.path, url.pathname) }))
      .filter((candidate) => candidate.parameters !== undefined);
    const match = candidates.find((candidate) => candidate.route.method === request.method);
    if (!match) {
      return sendProblem(response, problem('not-found', candidates.length ? 405 : 404, locale), locale);
    }
    const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const claims = bearer ? await options.issuer.verify(bearer) : undefined;
    if (!claims) throw new HttpRequestError('unauthenticated', 'Missing or invalid token');
    const event = toApiGatewayEvent({
      request,
      url,
      route: match.route,
      pathParameters: match.parameters!,
      claims,
      body: await readBody(request, MAX_BODY_BYTES),
    });
    const handler = options.handlers.get(match.route.id);
    if (!handler) throw new Error(`No handler loaded for ${match.route.id}`);
    const result = await handler(event, lambdaContext(match.route, event.requestContext.requestId));
    response.writeHead(result.statusCode, result.headers as Record<string, string>);
    response.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
  };

  return createServer(async (request, response) => {
    const started = performance.now();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const locale = negotiateTextLocale(request.headers['accept-language']);
    try {
      if (url.pathname === '/health' && request.method === 'GET') {
        try {
          send(response, 200, { status: 'ok', components: await options.health() });
        } catch (error) {
          send(response, 503, { status: 'unavailable', detail: (error as Error).message });
        }
      } else if (url.pathname === '/local/tokens' && request.method === 'POST') {
        await issueToken(request, response, locale);
      } else if (url.pathname === '/local/sms' && request.method === 'GET') {
        send(response, 200, { items: options.local.sms(phoneFilter(url)) });
      } else if (url.pathname === '/local/clock' && request.method === 'GET') {
        send(response, 200, { now: options.local.now().toISOString() });
      } else if (url.pathname === '/local/clock' && request.method === 'POST') {
        await advanceClock(request, response);
      } else if (url.pathname === '/local/reminders/run' && request.method === 'POST') {
        await runReminders(request, response);
      } else if (url.pathname === '/local/imports' && request.method === 'POST') {
        await importRegisterFile(request, response, url);
      } else if (request.method === 'OPTIONS') {
        preflight(request, response, url);
      } else {
        await invoke(request, response, url, locale);
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) sendProblem(response, problem('payload-too-large', 413, locale), locale);
      else if (error instanceof ValidationFailed) sendProblem(response, problem(error.code, 400, locale, { issues: error.issues }), locale);
      else if (error instanceof HttpRequestError) sendProblem(response, problem(error.code, STATUS_BY_CODE[error.code]!, locale), locale);
      else {
        log(`error ${request.method} ${url.pathname}: ${(error as Error).stack ?? String(error)}`);
        sendProblem(response, problem('internal', 502, locale), locale);
      }
    } finally {
      log(`${request.method} ${url.pathname} ${response.statusCode} ${(performance.now() - started).toFixed(1)} ms`);
    }
  });
};
