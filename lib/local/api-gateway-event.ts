import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { systemClock } from '../../functions/adapters/shared/system-clock.js';
import { BINARY_MEDIA_TYPES, type Route } from '../../functions/contract/routes.js';
import type { Claims } from './token-issuer.js';

/** Every value of each name, in the order sent. A Map: no name, `__proto__` included, is special. */
const valuesByName = (pairs: Iterable<readonly [string, string]>): Map<string, string[]> => {
  const values = new Map<string, string[]>();
  for (const [name, value] of pairs) {
    const list = values.get(name);
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  return values;
};

function* headerPairs(rawHeaders: readonly string[]): Iterable<readonly [string, string]> {
  for (let i = 0; i < rawHeaders.length; i += 2) yield [rawHeaders[i]!, rawHeaders[i + 1]!];
}

// fromEntries makes each name an own property, exactly as JSON.parse does with the event AWS sends.
const multiValues = (values: Map<string, string[]>) => (values.size ? Object.fromEntries(values) : null);
const singleValues = (values: Map<string, string[]>) =>
  values.size ? Object.fromEntries([...values].map(([name, list]) => [name, list.at(-1)!])) : null;

const isBinaryMediaType = (contentType: string | undefined) =>
  contentType !== undefined && BINARY_MEDIA_TYPES.includes(contentType.split(';')[0]!.trim().toLowerCase());

/**
 * The REST API (payload 1.0) event API Gateway sends after the Cognito authorizer accepted the
 * token, or, on a route open to anyone (no authorizer, `claims` undefined), with no authorizer context.
 */
export const toApiGatewayEvent = (input: {
  request: IncomingMessage;
  url: URL;
  route: Route;
  pathParameters: Record<string, string>;
  claims: Claims | undefined;
  body: Buffer;
}): APIGatewayProxyEvent => {
  const { request, url, route } = input;
  const headers = valuesByName(headerPairs(request.rawHeaders));
  const query = valuesByName(url.searchParams);
  // As API Gateway does for the API's binary media types: the bytes as sent, base64-encoded;
  // any other body is decoded as UTF-8 text, undecodable bytes becoming U+FFFD.
  const binary = isBinaryMediaType(request.headers['content-type']);
  // The time API Gateway stamps the request with, on the runtime's clock as the handlers read it.
  const now = systemClock().getTime();
  return {
    resource: route.path,
    path: url.pathname,
    httpMethod: route.method,
    headers: singleValues(headers) ?? {},
    multiValueHeaders: multiValues(headers) ?? {},
    queryStringParameters: singleValues(query),
    multiValueQueryStringParameters: multiValues(query),
    pathParameters: Object.keys(input.pathParameters).length ? input.pathParameters : null,
    stageVariables: null,
    body: input.body.length ? input.body.toString(binary ? 'base64' : 'utf8') : null,
    isBase64Encoded: binary,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: input.claims ? { claims: input.claims } : null,
      httpMethod: route.method,
      identity: {
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: request.headers['user-agent'] ?? null,
      } as never,
      // The local runtime serves the API at its root, as a custom domain mapped without a base path would.
      path: url.pathname,
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
  const deadline = performance.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: route.id,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${route.id}`,
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: `/local/${route.id}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - performance.now()),
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
  const parameters: [string, string][] = [];
  for (let i = 0; i < expected.length; i++) {
    const segment = expected[i]!;
    if (segment.startsWith('{') && segment.endsWith('}')) {
      if (!actual[i]) return undefined;
      try {
        parameters.push([segment.slice(1, -1), decodeURIComponent(actual[i]!)]);
      } catch {
        return undefined;
      }
    } else if (segment !== actual[i]) return undefined;
  }
  return Object.fromEntries(parameters);
};
