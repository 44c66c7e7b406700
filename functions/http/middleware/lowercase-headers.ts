import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';

/**
 * HTTP header names are case-insensitive; API Gateway passes them as the client sent them. Built
 * with fromEntries, a header named `__proto__` stays a header instead of reaching the prototype.
 */
export const lowercaseHeaders = (): MiddlewareObj<APIGatewayProxyEvent> => ({
  before: ({ event }) => {
    event.headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  },
});
