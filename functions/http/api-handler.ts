import { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import { ENVIRONMENT } from '../contract/environment.js';
import type { Context } from 'aws-lambda';
import type { ApiEvent, ApiResult } from './api-event.js';
import { type JsonBodyOptions, jsonBody } from './middleware/json-body.js';
import { lowercaseHeaders } from './middleware/lowercase-headers.js';
import { problemResponses } from './middleware/problem-responses.js';
import { standardHeaders } from './middleware/standard-headers.js';
import { rememberSignIn } from './middleware/remember-sign-in.js';
import type { DocumentRegister } from '../domain/residents/ports.js';

export interface ApiHandlerOptions {
  /** Set for routes that take a JSON body. */
  body?: Partial<JsonBodyOptions>;
  logger?: Logger;
  /** Web origins allowed to read responses; the deployment's ALLOWED_ORIGINS by default. */
  allowedOrigins?: string[];
  /** Where residents' sign-ins (phone, locale) are kept, on routes residents call. */
  signIns?: DocumentRegister;
}

/** What a resident-facing route's handler may be given to keep the caller's sign-in. */
export interface SignInDeps {
  signIns?: DocumentRegister;
}

const defaultLogger = new Logger({ serviceName: 'tawasul' });

const deployedOrigins = (process.env[ENVIRONMENT.allowedOrigins] ?? '').split(',').filter(Boolean);

/**
 * Browsers may call the API only from the deployment's own web origins. API Gateway answers the
 * preflight; the functions must still name the origin on every response, errors included.
 */
const cors = (origins: string[]) =>
  httpCors({ origins, vary: 'Accept-Language, Authorization', exposeHeaders: 'Location, Idempotent-Replayed, Content-Language' });

/** Wraps a route in the middlewares every API function shares, in the order they must run. */
export const apiHandler = (route: (event: ApiEvent, context: Context) => Promise<ApiResult>, options: ApiHandlerOptions = {}) => {
  const chain = middy<ApiEvent, ApiResult>()
    .use(lowercaseHeaders())
    .use(cors(options.allowedOrigins ?? deployedOrigins))
    .use(standardHeaders())
    .use(problemResponses(options.logger ?? defaultLogger));
  if (options.signIns) chain.use(rememberSignIn(options.signIns, options.logger ?? defaultLogger));
  if (options.body) chain.use(jsonBody(options.body));
  return chain.handler(route);
};
