import { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { ApiEvent, ApiResult } from './api-event.js';
import { type JsonBodyOptions, jsonBody } from './middleware/json-body.js';
import { lowercaseHeaders } from './middleware/lowercase-headers.js';
import { problemResponses } from './middleware/problem-responses.js';
import { standardHeaders } from './middleware/standard-headers.js';

export interface ApiHandlerOptions {
  /** Set for routes that take a JSON body. */
  body?: Partial<JsonBodyOptions>;
  logger?: Logger;
}

const defaultLogger = new Logger({ serviceName: 'tawasul' });

/** Wraps a route in the middlewares every API function shares, in the order they must run. */
export const apiHandler = (route: (event: ApiEvent, context: Context) => Promise<ApiResult>, options: ApiHandlerOptions = {}) => {
  const chain = middy<ApiEvent, ApiResult>()
    .use(lowercaseHeaders())
    .use(standardHeaders())
    .use(problemResponses(options.logger ?? defaultLogger));
  if (options.body) chain.use(jsonBody(options.body));
  return chain.handler(route);
};
