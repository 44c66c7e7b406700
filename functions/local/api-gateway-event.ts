import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import type { Route } from '../routes.js';
import type { Claims } from './token-issuer.js';

const toSingleValues = (multi: Record<string, string[]>) =>
  Object.keys(multi).length === 0 ? null : Object.fromEntries(Object.entries(multi).map(([k, v]) => [k, v.at(-1)!]));

/** The REST API (payload 1.0) event API Gateway sends after the Cognito authorizer accepted the token. */
export const toApiGatewayEvent = (input: {
  request: IncomingMessage;
  url: URL;
  route: Route;
  pathParameters: Record<string, string>;
  claims: Claims;
  body: Buffer;
}): APIGatewayProxyEvent => {
  const { request, url, route } = input;
  const multiValueHeaders: Record<string, string[]> = {};
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    (multiValueHeaders[request.rawHeaders[i]!] ??= []).push(request.rawHeaders[i + 1]!);
  }
  const multiValueQuery: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (multiValueQuery[name] ??= []).push(value);
  const now = Date.now();
  return {
    resource: route.path,
    path: url.pathname,
    httpMethod: route.method,
    headers: toSingleValues(multiValueHeaders) ?? {},
    multiValueHeaders,
    queryStringParameters: toSingleValues(multiValueQuery),
    multiValueQueryStringParameters: Object.keys(multiValueQuery).length ? multiValueQuery : null,
    pathParameters: Object.keys(input.pathParameters).length ? input.pathParameters : null,
    stageVariables: null,
    body: input.body.length ? input.body.toString('utf8') : null,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: { claims: input.claims },
      httpMethod: route.method,
      identity: { sourceIp: request.socket.remoteAddress ?? '127.0.0.1', userAgent: request.headers['user-agent'] ?? null } as never,
      path: `/local${url.pathname}`,
      protocol: `HTTP/${request.httpVersion}`,
      requestId: randomUUID(),
      requestTimeEpoch: now,
      resourceId: route.id,
      resourcePath: route.path,
      stage: 'local',
    },
  };
};

export const lambdaContext = (route: Route, requestId: string, timeoutMs = 10_000): Context => {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: route.id,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${route.id}`,
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: `/local/${route.id}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};

/** Matches `/v1/inquiries/TW-…` against `/v1/inquiries/{reference}`; returns the path parameters. */
export const matchPath = (template: string, path: string): Record<string, string> | undefined => {
  const expected = template.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return undefined;
  const parameters: Record<string, string> = {};
  for (let i = 0; i < expected.length; i++) {
    const segment = expected[i]!;
    if (segment.startsWith('{') && segment.endsWith('}')) {
      if (!actual[i]) return undefined;
      try {
        parameters[segment.slice(1, -1)] = decodeURIComponent(actual[i]!);
      } catch {
        return undefined;
      }
    } else if (segment !== actual[i]) return undefined;
  }
  return parameters;
};
