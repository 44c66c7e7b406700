import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../../functions/contract/routes.js';
import type { RouteContract } from '../../../functions/http/route-contract.js';
import { routeProblems } from '../../../lib/openapi/route-problems.js';

const route = (path: string): Route => ({
  id: 'Example',
  method: 'POST',
  path,
  entry: 'functions/handlers/example.ts',
  inquiriesTable: 'none',
  residentsTable: 'none',
  attachmentsBucket: 'none',
  reviewWorkflow: 'none',
});

const contract = (overrides: Partial<RouteContract>): RouteContract => ({
  summary: 'Example',
  description: 'Example',
  roles: ['resident'],
  success: { status: 200, description: 'Done', schema: v.object({}) },
  problems: [],
  ...overrides,
});

describe('routeProblems', () => {
  it('when a route takes nothing, it answers only what API Gateway and sign-in answer', () => {
    // Prepare, Act
    const problems = routeProblems(route('/v1/things'), contract({}));

    // Assess
    expect(Object.fromEntries(problems)).toEqual({
      400: ['bad-request'],
      401: ['unauthenticated'],
      403: ['forbidden'],
      429: ['throttled'],
      500: ['internal'],
    });
  });

  it('when a route takes a body and a key, it gains their problems; its own rules add theirs', () => {
    // Prepare
    const withBody = contract({
      body: { schema: v.object({}), maxBytes: 1024 },
      idempotent: true,
      problems: ['inquiry-not-found', 'transition-not-allowed'],
    });

    // Act
    const problems = routeProblems(route('/v1/things/{reference}'), withBody);

    // Assess
    expect(Object.fromEntries(problems)).toMatchObject({
      400: ['bad-request', 'malformed-json', 'validation-failed'],
      404: ['inquiry-not-found'],
      409: ['concurrent-change', 'transition-not-allowed'],
      413: ['payload-too-large'],
      415: ['unsupported-media-type'],
      422: ['idempotency-key-reused'],
    });
    expect([...problems.keys()]).toEqual([400, 401, 403, 404, 409, 413, 415, 422, 429, 500]);
  });

  it('when only the path has a parameter, the route can still fail validation', () => {
    // Prepare, Act
    const problems = routeProblems(route('/v1/things/{reference}'), contract({}));

    // Assess
    expect(problems.get(400)).toEqual(['bad-request', 'validation-failed']);
  });
});
