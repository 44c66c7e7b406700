import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import * as v from 'valibot';
import { CORS_REQUEST_HEADERS } from '../../functions/contract/cors.js';
import { allowHeader, type Route } from '../../functions/contract/routes.js';
import { DAY_MS, HOUR_MS } from '../../functions/domain/shared/calendar-date.js';
import { ValidationFailed } from '../../functions/domain/shared/errors.js';
import { DEFAULT_LOCALE, negotiateTextLocale, type TextLocale } from '../../functions/domain/shared/locale.js';
import type { ReceiptStatus } from '../../functions/domain/sms/message-record.js';
import { isJsonMediaType, parseJsonBytes } from '../../functions/http/json-request-body.js';
import { type ProblemDocument, problem, statusOf } from '../../functions/http/problem.js';
import { HttpRequestError } from '../../functions/http/request-errors.js';
import { calendarDate, parseInput } from '../../functions/http/validation.js';
import { isConsolePath } from '../../web/src/console/console-paths.js';
import { apiDocsEndpoints } from './api-docs.js';
import { lambdaContext, matchPath, toApiGatewayEvent } from './api-gateway-event.js';
import { type LocalFaults, LocalFaultsChange } from './local-faults.js';
import { LocalRegisterDrop } from './local-register-drop.js';
import { type LocalAnswer, localSignIn } from './local-sign-in.js';
import { SIGN_IN_STYLESHEET_PATH } from './sign-in-page.js';
import { ReceiptRefused } from './sms-outbox.js';
import type { TokenIssuer } from './token-issuer.js';
import { claimsFor, TokenRequest } from './token-request.js';
import { type ConsoleFiles, LOCAL_CONSOLE_CONFIG, webConsoleEndpoints } from './web-console.js';

export type LambdaHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

export interface LocalServerOptions {
  routes: readonly Route[];
  handlers: ReadonlyMap<string, LambdaHandler>;
  issuer: TokenIssuer;
  /** The API contract, served at /openapi.json as the file holds it and rendered at /docs. */
  apiDocument: Buffer;
  /** Web origins allowed to call the API from a browser, as the deployed stage allows. */
  allowedOrigins: readonly string[];
  /** The local-only endpoints: the SMS outbox and the clock. */
  local: {
    sms: (phone?: string) => unknown[];
    /** Plays a carrier's receipt for an SMS of the outbox, as SNS's delivery logs would bring it. */
    smsReceipt: (messageId: string, status: ReceiptStatus, providerResponse?: string) => Promise<unknown>;
    now: () => Date;
    /** Moves the clock forward by `ms`, firing every timer due on the way; resolves with the new time. */
    advance: (ms: number) => Promise<Date>;
    /** Runs the reminder sweep for a day and resolves with its counts. */
    runReminders: (date: string) => Promise<unknown>;
    /** Drops a file of the register's into the import prefix and resolves with its report. */
    importRegisterFile: (name: string, body: Buffer) => Promise<unknown>;
    /** Publishes the processing times afresh, as the daily schedule does, and resolves with what was published. */
    refreshProcessingTimes: () => Promise<unknown>;
    /** The faults the local services play, read and changed through /local/faults. */
    faults: LocalFaults;
    /** Runs the reviews' reconciliation now, once the stream is delivered, and resolves with its counts. */
    reconcileReviews: () => Promise<unknown>;
  };
  /** The web console and its local sign-in; without it, neither is served. */
  console?: {
    files: ConsoleFiles;
    /** The S3 emulator's origin, where the console uploads to and shows images from. */
    s3Origin: string;
    /** The origins the console is served from (this server's): its sign-in returns only there. */
    origins: readonly string[];
  };
  /** Resolves when every local component answers; rejects with what is down. */
  health: () => Promise<Record<string, string>>;
  log?: (line: string) => void;
}

/**
 * Forward only, and at most a year at a time: the longest wait of any workflow is shorter. Whole
 * days keep the time of day; hours reach an evening (the quiet hours) or the next morning.
 */
const ClockAdvance = v.union([
  v.strictObject({ advanceDays: v.pipe(v.number(), v.minValue(0), v.maxValue(366)) }),
  v.strictObject({ advanceHours: v.pipe(v.number(), v.minValue(0), v.maxValue(366 * 24)) }),
]);

const ReminderRunRequest = v.strictObject({ date: calendarDate() });
const SmsReceiptRequest = v.strictObject({
  status: v.picklist(['DELIVERED', 'FAILED']),
  providerResponse: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
/** `/local/sms/{messageId}/receipt`: the outbox's ids are UUIDs. */
const SMS_RECEIPT_PATH = /^\/local\/sms\/([0-9a-f-]{36})\/receipt$/;

/** The register's daily files are a few megabytes; a year's backlog fits well under this. */
const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** API Gateway's own payload limit. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_TOKEN_REQUEST_BYTES = 16 * 1024;

class BodyTooLarge extends Error {}

/** A request whose method the path does not take; `allow` lists the ones it does. */
class MethodNotAllowed extends Error {
  constructor(readonly allow: string) {
    super(`Allowed: ${allow}`);
  }
}

/**
 * Reads a body of at most `limit` bytes. A longer one is refused as soon as it is declared (before
 * a client that asked to continue sends it) or seen, without destroying the request: the 413
 * must still reach the client.
 */
const readBody = (request: IncomingMessage, response: ServerResponse, limit: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > limit) return reject(new BodyTooLarge());
    if (/^100-continue$/i.test(request.headers.expect ?? '')) response.writeContinue();
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      reject(new BodyTooLarge());
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });

const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify(body));
};

/**
 * The outbox's phone filter, read as written: a number is `+9665…`, and in a query string a bare `+`
 * stands for a space, which no number contains. `%2B` reads the same.
 */
const phoneFilter = (url: URL): string | undefined =>
  new URLSearchParams(url.search.replaceAll('+', '%2B')).get('phone') ?? undefined;

const sendProblem = (
  response: ServerResponse,
  document: ProblemDocument,
  locale: TextLocale,
  headers: Record<string, string> = {},
) =>
  send(response, document.status, document, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-language': locale,
    ...headers,
  });

/** What Node's HTTP parser could not read, answered as a problem the way every other error is. */
const CLIENT_ERRORS = new Map([
  ['HPE_HEADER_OVERFLOW', { status: 431, code: 'headers-too-large' }],
  ['ERR_HTTP_REQUEST_TIMEOUT', { status: 408, code: 'request-timeout' }],
]);

/** A problem written straight to the socket, where Node gives no response object, then the connection closed. */
const endWithProblem = (socket: Duplex, status: number, code: string, locale: TextLocale) => {
  const body = JSON.stringify(problem(code, status, locale));
  socket.end(
    [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      'content-type: application/problem+json; charset=utf-8',
      `content-language: ${locale}`,
      'cache-control: no-store',
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
      '',
      body,
    ].join('\r\n'),
  );
};

/**
 * The problem for a request Node could not parse, in the default language since its headers were
 * not read: after an unreadable request nothing on the connection can be trusted to start a new one.
 */
const answerUnreadableRequest = (error: NodeJS.ErrnoException, socket: Duplex) => {
  const { status, code } = CLIENT_ERRORS.get(error.code ?? '') ?? { status: 400, code: 'bad-request' };
  endWithProblem(socket, status, code, DEFAULT_LOCALE);
};

type Endpoint = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  locale: TextLocale,
) => Promise<void> | void;

/**
 * The local stand-in for API Gateway: it checks the bearer token as the Cognito authorizer would
 * (on every route but those open to anyone), builds the same REST event, and calls the same
 * handlers the functions run in AWS.
 */
export const createLocalServer = (options: LocalServerOptions): Server => {
  const log = options.log ?? (() => undefined);

  const readJson = async (request: IncomingMessage, response: ServerResponse): Promise<unknown> => {
    if (!isJsonMediaType(request.headers['content-type'])) {
      throw new HttpRequestError('unsupported-media-type', 'Local requests are JSON');
    }
    return parseJsonBytes(await readBody(request, response, MAX_TOKEN_REQUEST_BYTES));
  };

  const health: Endpoint = async (_request, response, _url, locale) => {
    try {
      send(response, 200, { status: 'ok', components: await options.health() });
    } catch (error) {
      const unavailable = { ...problem('service-unavailable', 503, locale), reason: (error as Error).message };
      sendProblem(response, unavailable, locale);
    }
  };

  const listSms: Endpoint = (_request, response, url) =>
    send(response, 200, { items: options.local.sms(phoneFilter(url)) });

  const playSmsReceipt =
    (messageId: string): Endpoint =>
    async (request, response, _url, locale) => {
      const { status, providerResponse } = parseInput(SmsReceiptRequest, await readJson(request, response));
      try {
        await options.local.smsReceipt(messageId, status, providerResponse);
      } catch (error) {
        if (!(error instanceof ReceiptRefused)) throw error;
        const refused =
          error.reason === 'unknown'
            ? { ...problem('not-found', 404, locale), reason: error.message }
            : { ...problem('transition-not-allowed', 409, locale), reason: error.message };
        return sendProblem(response, refused, locale);
      }
      send(response, 200, {
        items: options.local.sms().filter((entry) => (entry as { messageId: string }).messageId === messageId),
      });
    };

  const readClock: Endpoint = (_request, response) => send(response, 200, { now: options.local.now().toISOString() });

  const issueToken: Endpoint = async (request, response, _url, locale) => {
    const claims = claimsFor(parseInput(TokenRequest, await readJson(request, response)));
    send(response, 201, { ...(await options.issuer.issue(claims)), sub: claims.sub }, { 'content-language': locale });
  };

  const advanceClock: Endpoint = async (request, response) => {
    const advance = parseInput(ClockAdvance, await readJson(request, response));
    const now = await options.local.advance(
      'advanceDays' in advance ? advance.advanceDays * DAY_MS : advance.advanceHours * HOUR_MS,
    );
    send(response, 200, { now: now.toISOString() });
  };

  const runReminders: Endpoint = async (request, response) => {
    const { date } = parseInput(ReminderRunRequest, await readJson(request, response));
    send(response, 200, await options.local.runReminders(date));
  };

  const refreshProcessingTimes: Endpoint = async (_request, response) =>
    send(response, 200, await options.local.refreshProcessingTimes());

  const importRegisterFile: Endpoint = async (request, response, url) => {
    const name = url.searchParams.get('file') ?? '';
    if (!LocalRegisterDrop.isFileName(name)) throw new ValidationFailed([{ pointer: '/query/file', code: 'invalid' }]);
    send(
      response,
      200,
      await options.local.importRegisterFile(name, await readBody(request, response, MAX_IMPORT_BYTES)),
    );
  };

  const readFaults: Endpoint = (_request, response) => send(response, 200, options.local.faults.current());

  const changeFaults: Endpoint = async (request, response) => {
    const change = parseInput(LocalFaultsChange, await readJson(request, response));
    send(response, 200, options.local.faults.apply(change));
  };

  const reconcileReviews: Endpoint = async (_request, response) =>
    send(response, 200, await options.local.reconcileReviews());

  const docs = [...apiDocsEndpoints(options.apiDocument)].map(([path, answer]): [string, Map<string, Endpoint>] => [
    path,
    new Map([['GET', (_request, response) => answer(response)]]),
  ]);

  /**
   * The local runtime's own endpoints, by path and then method, answered before any route and with
   * no token; none of /health and /local/* exists in AWS.
   */
  const localEndpoints = new Map<string, Map<string, Endpoint>>([
    ['/health', new Map([['GET', health]])],
    ['/local/tokens', new Map([['POST', issueToken]])],
    ['/local/sms', new Map([['GET', listSms]])],
    [
      '/local/clock',
      new Map([
        ['GET', readClock],
        ['POST', advanceClock],
      ]),
    ],
    ['/local/reminders/run', new Map([['POST', runReminders]])],
    ['/local/processing-times/refresh', new Map([['POST', refreshProcessingTimes]])],
    ['/local/imports', new Map([['POST', importRegisterFile]])],
    ['/local/reviews/reconcile', new Map([['POST', reconcileReviews]])],
    [
      '/local/faults',
      new Map([
        ['GET', readFaults],
        ['POST', changeFaults],
      ]),
    ],
    ...docs,
  ]);

  const web = options.console && {
    ...webConsoleEndpoints({
      files: options.console.files,
      s3Origin: options.console.s3Origin,
      config: LOCAL_CONSOLE_CONFIG,
    }),
    signIn: localSignIn({ issuer: options.issuer, now: options.local.now, origins: options.console.origins }),
  };

  const write = (response: ServerResponse, answer: LocalAnswer) => {
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  };

  const readForm = async (request: IncomingMessage, response: ServerResponse) =>
    (await readBody(request, response, MAX_TOKEN_REQUEST_BYTES)).toString('utf8');

  /** The local stand-in for Cognito's hosted sign-in, and the direct link for scripts. */
  const signInEndpoints = (signIn: NonNullable<typeof web>['signIn']): Array<[string, Map<string, Endpoint>]> => [
    [
      '/local/oauth2/authorize',
      new Map<string, Endpoint>([
        [
          'GET',
          async (request, response, url) =>
            write(response, await signIn.authorize(url.searchParams, request.headers.cookie)),
        ],
        [
          'POST',
          async (request, response) =>
            write(response, await signIn.signIn(request.headers, await readForm(request, response))),
        ],
      ]),
    ],
    [
      '/local/oauth2/token',
      new Map<string, Endpoint>([
        [
          'POST',
          async (request, response) =>
            write(response, signIn.token(request.headers['content-type'], await readForm(request, response))),
        ],
      ]),
    ],
    [
      '/local/sign-out',
      new Map<string, Endpoint>([
        ['GET', (_request, response, url) => write(response, signIn.signOut(url.searchParams))],
      ]),
    ],
    [
      '/local/sign-in',
      new Map<string, Endpoint>([
        [
          'GET',
          async (request, response, url) =>
            write(response, await signIn.directSignIn(url.searchParams, request.headers)),
        ],
      ]),
    ],
    [
      SIGN_IN_STYLESHEET_PATH,
      new Map<string, Endpoint>([['GET', (_request, response) => write(response, signIn.stylesheet())]]),
    ],
  ];
  for (const [path, methods] of web ? signInEndpoints(web.signIn) : []) localEndpoints.set(path, methods);

  /** The console's page at each of its paths, its configuration and its files, before the API's 404. */
  const consoleAnswer = (request: IncomingMessage, url: URL): Endpoint | undefined => {
    const answer = web?.files.get(url.pathname) ?? (web && isConsolePath(url.pathname) ? web.page : undefined);
    if (!answer) return undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return () => {
        throw new MethodNotAllowed('GET, HEAD');
      };
    return (_request, response) => answer(response, request.method === 'HEAD');
  };

  /** The CORS preflight API Gateway answers by itself for every resource. */
  const preflight: Endpoint = (request, response, url) => {
    const methods = options.routes.filter((route) => matchPath(route.path, url.pathname)).map((route) => route.method);
    const origin = request.headers.origin;
    if (methods.length === 0) throw new HttpRequestError('not-found', 'No route at this path');
    response.writeHead(204, {
      ...(origin && options.allowedOrigins.includes(origin) && { 'access-control-allow-origin': origin }),
      'access-control-allow-methods': [...methods, 'OPTIONS'].join(','),
      'access-control-allow-headers': CORS_REQUEST_HEADERS.join(','),
      vary: 'Origin',
    });
    response.end();
  };

  /**
   * A route's method, as API Gateway runs it: an unknown path is 404 before anything else; on a
   * known one the authorizer runs first, then a method the path does not take is 405 (the API's
   * catch-all method on each resource, behind the same authorizer).
   */
  const invoke: Endpoint = async (request, response, url) => {
    const candidates = options.routes
      .map((route) => ({ route, parameters: matchPath(route.path, url.pathname) }))
      .filter((candidate) => candidate.parameters !== undefined);
    if (candidates.length === 0) throw new HttpRequestError('not-found', 'No route at this path');
    // A resource's routes are all open to anyone or none (the deployed API refuses a mix): no
    // authorizer then, and a token, if sent, is not read, as API Gateway passes none on.
    const openToAnyone = candidates.every((candidate) => candidate.route.caller === 'anyone');
    const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const claims = openToAnyone || !bearer ? undefined : await options.issuer.verify(bearer);
    if (!claims && !openToAnyone) throw new HttpRequestError('unauthenticated', 'Missing or invalid token');
    const match = candidates.find((candidate) => candidate.route.method === request.method);
    if (!match) throw new MethodNotAllowed(allowHeader(candidates.map((candidate) => candidate.route.method)));
    const event = toApiGatewayEvent({
      request,
      url,
      route: match.route,
      pathParameters: match.parameters!,
      claims,
      body: await readBody(request, response, MAX_BODY_BYTES),
    });
    const handler = options.handlers.get(match.route.id);
    if (!handler) throw new Error(`No handler loaded for ${match.route.id}`);
    const result = await handler(event, lambdaContext(match.route, event.requestContext.requestId));
    response.writeHead(result.statusCode, result.headers as Record<string, string>);
    response.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
  };

  const route = (request: IncomingMessage, url: URL): Endpoint => {
    const receiptFor = SMS_RECEIPT_PATH.exec(url.pathname)?.[1];
    const local = receiptFor ? new Map([['POST', playSmsReceipt(receiptFor)]]) : localEndpoints.get(url.pathname);
    if (!local) return consoleAnswer(request, url) ?? (request.method === 'OPTIONS' ? preflight : invoke);
    return (
      local.get(request.method ?? '') ??
      (() => {
        throw new MethodNotAllowed([...local.keys()].join(', '));
      })
    );
  };

  const answerError = (
    response: ServerResponse,
    error: unknown,
    request: IncomingMessage,
    path: string,
    locale: TextLocale,
  ) => {
    if (response.headersSent) return void response.destroy();
    // The rest of an oversized body is never read, so the connection cannot carry another request.
    if (error instanceof BodyTooLarge)
      return sendProblem(response, problem('payload-too-large', 413, locale), locale, { connection: 'close' });
    if (error instanceof MethodNotAllowed)
      return sendProblem(response, problem('method-not-allowed', 405, locale), locale, { allow: error.allow });
    if (error instanceof ValidationFailed)
      return sendProblem(response, problem(error.code, 400, locale, { issues: error.issues }), locale);
    if (error instanceof HttpRequestError)
      return sendProblem(response, problem(error.code, statusOf(error.code) ?? 400, locale), locale);
    log(`error ${request.method} ${path}: ${(error as Error).stack ?? String(error)}`);
    sendProblem(response, problem('internal', 502, locale), locale);
  };

  const server = createServer(async (request, response) => {
    const started = performance.now();
    const locale = negotiateTextLocale(request.headers['accept-language']);
    let path = '(unreadable)';
    try {
      const url = URL.parse(request.url ?? '/', 'http://127.0.0.1');
      if (!url) throw new HttpRequestError('bad-request', 'The request target is not a URL');
      path = url.pathname;
      await route(request, url)(request, response, url, locale);
    } catch (error) {
      answerError(response, error, request, path, locale);
    } finally {
      log(`${request.method} ${path} ${response.statusCode} ${(performance.now() - started).toFixed(1)} ms`);
    }
  });
  // Each request says whether its body is wanted once its route and size are known (readBody).
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) =>
    server.emit('request', request, response),
  );
  // Responses under way on each connection, and what to do once they are all sent: the problem
  // for an unreadable request must not land inside, or instead of, the answer to the one before.
  const inFlight = new WeakMap<Duplex, { responses: number; afterLast?: () => void }>();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const connection = inFlight.get(request.socket) ?? { responses: 0 };
    inFlight.set(request.socket, connection);
    connection.responses++;
    response.once('close', () => {
      if (--connection.responses === 0) connection.afterLast?.();
    });
  });
  // Left to Node, an Expect other than 100-continue gets a bare 417 and a CONNECT a dropped
  // connection. Neither request's body is read, so the connection cannot carry another one.
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    const locale = negotiateTextLocale(request.headers['accept-language']);
    sendProblem(response, problem('expectation-failed', 417, locale), locale, { connection: 'close' });
  });
  server.on('connect', (request: IncomingMessage, socket: Duplex) =>
    endWithProblem(socket, 501, 'not-implemented', negotiateTextLocale(request.headers['accept-language'])),
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const answer = () =>
      error.code === 'ECONNRESET' || !socket.writable ? socket.destroy() : answerUnreadableRequest(error, socket);
    const connection = inFlight.get(socket);
    if (connection && connection.responses > 0) connection.afterLast = answer;
    else answer();
  });
  return server;
};
