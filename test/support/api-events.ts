import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { CLAIMS, REVIEWERS_GROUP } from '../../functions/contract/identity.js';

export const RESIDENT_CLAIMS = {
  [CLAIMS.subject]: 'resident-1',
  [CLAIMS.iqamaNumber]: '2000000006',
  [CLAIMS.phone]: '+966500000001',
  [CLAIMS.locale]: 'en',
};

export const OTHER_RESIDENT_CLAIMS = {
  ...RESIDENT_CLAIMS,
  [CLAIMS.subject]: 'resident-2',
  [CLAIMS.iqamaNumber]: '2000000014',
};

export const REVIEWER_CLAIMS = {
  [CLAIMS.subject]: 'reviewer-1',
  [CLAIMS.groups]: REVIEWERS_GROUP,
  [CLAIMS.sections]: 'GENERAL',
};

/** An API Gateway REST event as the Cognito authorizer passes it on. */
export const apiEvent = (overrides: {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  claims?: Record<string, string> | null;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
}): APIGatewayProxyEvent =>
  ({
    httpMethod: overrides.method ?? 'GET',
    headers: { 'Accept-Language': 'en', ...overrides.headers },
    body:
      overrides.body === undefined
        ? null
        : typeof overrides.body === 'string'
          ? overrides.body
          : JSON.stringify(overrides.body),
    isBase64Encoded: false,
    pathParameters: overrides.pathParameters ?? null,
    queryStringParameters: overrides.query ?? null,
    requestContext: {
      requestId: 'request-1',
      authorizer: overrides.claims === null ? undefined : { claims: overrides.claims ?? RESIDENT_CLAIMS },
    },
  }) as unknown as APIGatewayProxyEvent;

export const jsonEvent = (body: unknown, overrides: Parameters<typeof apiEvent>[0] = {}) =>
  apiEvent({
    method: 'POST',
    body,
    ...overrides,
    headers: { 'Content-Type': 'application/json', ...overrides.headers },
  });

export const lambdaContext = {
  awsRequestId: 'request-1',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;

// biome-ignore lint/suspicious/noExplicitAny: tests read an answer's JSON by the paths they assert on; the body's shape is what they test, so it is not typed ahead of them
export const bodyOf = (result: APIGatewayProxyResult) => JSON.parse(result.body) as Record<string, any>;
