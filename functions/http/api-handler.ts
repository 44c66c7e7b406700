import type { Logger } from '@aws-lambda-powertools/logger';
import middy, { type MiddlewareObj } from '@middy/core';
import httpCors from '@middy/http-cors';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { Context } from 'aws-lambda';
import type { EstablishmentContacts } from '../domain/establishments/ports.js';
import type { DocumentRegister } from '../domain/residents/ports.js';
import type { ApiEvent, ApiResult } from './api-event.js';
import { type JsonBodyOptions, jsonBody } from './middleware/json-body.js';
import { problemResponses } from './middleware/problem-responses.js';
import { rememberSignIn } from './middleware/remember-sign-in.js';
import { rememberStaffSignIn } from './middleware/remember-staff-sign-in.js';
import { standardHeaders } from './middleware/standard-headers.js';

export interface ApiHandlerOptions {
  /** Set for routes that take a JSON body. */
  body?: Partial<JsonBodyOptions>;
  /** Where the function's problems and sign-in failures are logged. */
  logger: Logger;
  /** Web origins allowed to read responses. */
  allowedOrigins: string[];
  /** What runs around every invocation first: the function's logging context and trace. */
  observability?: MiddlewareObj[];
  /** Where residents' sign-ins (phone, locale) are kept, on routes residents call. */
  signIns?: DocumentRegister;
  /** Where establishment staff's sign-ins (phone, locale) are kept as the establishment's contact, on its routes. */
  staffSignIns?: EstablishmentContacts;
}

/** What a resident-facing route's handler may be given to keep the caller's sign-in. */
export interface SignInDeps {
  signIns?: DocumentRegister;
}

/** What an establishment route's handler may be given to keep the caller's sign-in as its contact. */
export interface StaffSignInDeps {
  staffSignIns?: EstablishmentContacts;
}

/**
 * Browsers may call the API only from the deployment's own web origins. API Gateway answers the
 * preflight; the functions must still name the origin on every response, errors included.
 */
const cors = (origins: string[]) =>
  httpCors({
    origins,
    vary: 'Accept-Language, Authorization',
    exposeHeaders: 'Location, Idempotent-Replayed, Content-Language',
  });

/** What a route does with a request, before the shared middlewares. */
export type ApiRoute = (event: ApiEvent, context: Context) => Promise<ApiResult>;

/** Wraps a route in the middlewares every API function shares, in the order they must run. */
export const apiHandler = (route: ApiRoute, options: ApiHandlerOptions) => {
  const { logger } = options;
  const chain = middy<ApiEvent, ApiResult>()
    .use(options.observability ?? [])
    // Header names are case-insensitive and API Gateway passes them as the client sent them: lower-cased
    // here, into an object without a prototype, so that a header named `__proto__` stays a header.
    .use(httpHeaderNormalizer())
    .use(cors(options.allowedOrigins))
    .use(standardHeaders())
    .use(problemResponses(logger));
  if (options.signIns) chain.use(rememberSignIn(options.signIns, logger));
  if (options.staffSignIns) chain.use(rememberStaffSignIn(options.staffSignIns, logger));
  if (options.body) chain.use(jsonBody(options.body));
  return chain.handler(route);
};
