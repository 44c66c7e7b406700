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
  caller: 'signedIn',
  inquiriesTable: 'none',
  residentsTable: 'none',
  residentsIndexes: [],
  establishmentContacts: false,
  statsTable: 'none',
  attachmentsBucket: 'none',
  bulkUploads: false,
  reviewWorkflow: 'none',
  inquiryNotifications: false,
  notesReplyRequestSeen: false,
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
  it('when a route is open to anyone, nobody is refused a sign-in: neither API Gateway nor the function answers 401 or the role’s 403', () => {
    // Prepare, Act
    const problems = routeProblems(route('/v1/figures'), contract({ roles: 'anyone' }));

    // Assess: the firewall may still block
    expect(Object.fromEntries(problems)).toEqual({
      403: ['blocked'],
      429: ['throttled'],
      '4XX': ['bad-request'],
      500: ['internal'],
      '5XX': ['internal'],
    });
  });

  it('when a route takes nothing, it answers what API Gateway and the sign-in answer, a failure, and no input problem', () => {
    // Prepare, Act
    const problems = routeProblems(route('/v1/things'), contract({}));

    // Assess: the firewall's 403, throttling, and any other refusal (4XX) or failure (5XX) of the gateway
    expect(Object.fromEntries(problems)).toEqual({
      401: ['unauthenticated'],
      403: ['blocked', 'forbidden'],
      429: ['throttled'],
      '4XX': ['bad-request'],
      500: ['internal'],
      '5XX': ['internal'],
    });
    expect([...problems.keys()]).toEqual(['401', '403', '429', '4XX', '500', '5XX']);
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
      400: ['malformed-json', 'validation-failed'],
      404: ['inquiry-not-found'],
      409: ['concurrent-change', 'transition-not-allowed'],
      413: ['payload-too-large'],
      415: ['unsupported-media-type'],
      422: ['idempotency-key-reused'],
    });
    expect([...problems.keys()]).toEqual([
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '422',
      '429',
      '4XX',
      '500',
      '5XX',
    ]);
  });

  it('when only the path has a parameter, the route can still fail validation', () => {
    // Prepare, Act
    const problems = routeProblems(route('/v1/things/{reference}'), contract({}));

    // Assess
    expect(problems.get('400')).toEqual(['validation-failed']);
  });
});
