import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';

/** HTTP header names are case-insensitive; API Gateway passes them as the client sent them. */
export const lowercaseHeaders = (): MiddlewareObj<APIGatewayProxyEvent> => ({
  before: ({ event }) => {
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(event.headers ?? {})) headers[name.toLowerCase()] = value;
    event.headers = headers;
  },
});
