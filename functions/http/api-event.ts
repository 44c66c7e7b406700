import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { negotiateTextLocale, type TextLocale } from '../domain/shared/locale.js';

/** An API Gateway REST event after the standard middlewares: headers lower-cased, JSON parsed. */
export type ApiEvent = APIGatewayProxyEvent & { jsonBody?: unknown };
export type ApiResult = APIGatewayProxyResult;

/** A lower-cased header's value; only the request's own headers count, never what a plain object inherits. */
export const header = (event: APIGatewayProxyEvent, name: string): string | undefined =>
  event.headers && Object.hasOwn(event.headers, name) ? (event.headers[name] ?? undefined) : undefined;

export const localeOf = (event: APIGatewayProxyEvent): TextLocale =>
  negotiateTextLocale(header(event, 'accept-language'));

/**
 * `path` of the API as the caller addresses it. On API Gateway's own address the stage comes first
 * (`/dev/v1/inquiries`: `requestContext.path`), while `event.path` is the resource's path
 * (`/v1/inquiries`); a custom domain may map the API under a base path of its own. What the
 * caller's address holds before the resource's path is kept, so that a `Location` leads back to the API.
 */
export const callersPath = (event: APIGatewayProxyEvent, path: string): string => {
  const addressed = event.requestContext?.path;
  const own = event.path;
  const prefix = addressed && own && addressed.endsWith(own) ? addressed.slice(0, addressed.length - own.length) : '';
  return `${prefix}${path}`;
};

export const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): ApiResult => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});
