import type { APIGatewayProxyEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../../functions/contract/routes.js';
import type { LambdaHandler } from '../../../lib/local/local-server.js';
import { type BareLocalServer, bareLocalServer } from '../../support/bare-local-server.js';

const OPEN = ROUTES.find((route) => route.id === 'GetProcessingTimes')!;
const SIGNED_IN = ROUTES.find((route) => route.id === 'ListCategories')!;

describe('the local server’s sign-in', () => {
  let server: BareLocalServer;
  const received: APIGatewayProxyEvent[] = [];
  const answer: LambdaHandler = async (event) => {
    received.push(event);
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
  };

  beforeAll(async () => {
    server = await bareLocalServer({
      routes: [OPEN, SIGNED_IN],
      handlers: new Map([
        [OPEN.id, answer],
        [SIGNED_IN.id, answer],
      ]),
    });
  });

  afterAll(() => server.close());

  it('when a route open to anyone is called without a token, its handler runs with no authorizer context', async () => {
    // Act
    const response = await fetch(`${server.base}${OPEN.path}`);
    // Assess
    expect(response.status).toBe(200);
    expect(received.at(-1)?.requestContext.authorizer).toBeNull();
  });

  it('when a route open to anyone is called with a token that is no token, it is not read, as API Gateway reads none there', async () => {
    // Act
    const response = await fetch(`${server.base}${OPEN.path}`, { headers: { authorization: 'Bearer not-a-token' } });
    // Assess
    expect(response.status).toBe(200);
    expect(received.at(-1)?.requestContext.authorizer).toBeNull();
  });

  it('when a signed-in route is called without a token, it is refused with 401 before any handler runs', async () => {
    // Prepare
    const before = received.length;
    // Act
    const response = await fetch(`${server.base}${SIGNED_IN.path}`);
    // Assess
    expect(response.status).toBe(401);
    expect(received).toHaveLength(before);
  });

  it('when an open route is asked with a method it lacks, it answers 405 without asking for a token', async () => {
    // Act
    const response = await fetch(`${server.base}${OPEN.path}`, { method: 'DELETE' });
    // Assess
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, OPTIONS');
  });
});

describe('POST /local/processing-times/refresh', () => {
  it('when called, it runs the refresh as the schedule would and answers what it published', async () => {
    // Prepare
    const published = { computedAt: '2026-11-30T23:30:00.000Z', published: 3, insufficientData: 10 };
    let runs = 0;
    const server = await bareLocalServer({
      refreshProcessingTimes: async () => {
        runs += 1;
        return published;
      },
    });
    try {
      // Act
      const response = await fetch(`${server.base}/local/processing-times/refresh`, { method: 'POST' });
      // Assess
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(published);
      expect(runs).toBe(1);
    } finally {
      await server.close();
    }
  });
});
