import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { localeOf } from '../api-event.js';

/** Residents' data must not be cached by shared proxies or sniffed into another type. */
const STANDARD_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
};

const addHeaders = ({
  event,
  response,
}: {
  event: APIGatewayProxyEvent;
  response: APIGatewayProxyResult | null | undefined;
}) => {
  if (response) response.headers = { ...STANDARD_HEADERS, 'content-language': localeOf(event), ...response.headers };
};

export const standardHeaders = (): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => ({
  after: addHeaders,
  onError: addHeaders,
});
