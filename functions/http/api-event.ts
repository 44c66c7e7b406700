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

export const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): ApiResult => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});
