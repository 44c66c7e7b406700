import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { DomainError, ValidationFailed } from '../../domain/shared/errors.js';
import { localeOf } from '../api-event.js';
import { errorSummary } from '../error-summary.js';
import { problem, problemResponse, statusOf } from '../problem.js';
import { HttpRequestError } from '../request-errors.js';

/**
 * Turns every error into an RFC 9457 problem in the caller's language. Known errors say what was
 * wrong; anything else becomes a bare 500 — its name, message and stack (never its data) go to the log, never to the client.
 */
export const problemResponses = (logger: Logger): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => ({
  onError: (request) => {
    const { error, event } = request;
    const locale = localeOf(event);
    const known = error instanceof DomainError || error instanceof HttpRequestError;
    const status = (known && statusOf(error.code)) || 500;
    if (status === 500) logger.error('Unhandled error', { error: errorSummary(error) });
    const document = problem(status === 500 ? 'internal' : (error as DomainError).code, status, locale, {
      instance: event.requestContext?.requestId,
      issues: error instanceof ValidationFailed ? error.issues : undefined,
    });
    request.response = problemResponse(document, locale);
  },
});
