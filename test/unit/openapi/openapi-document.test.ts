import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../functions/contract/routes.js';
import { FEATURE_CONTRACTS, openApiDocument } from '../../../lib/openapi/openapi-document.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the document by the paths they assert on, as a client would read its JSON
type Json = any;

const operationOf = (path: string, method: string): Json => {
  const document: Json = openApiDocument();
  const operation = document.paths[path]?.[method];
  if (!operation) throw new Error(`No ${method} ${path} in the document`);
  // Answers shared by several operations are written once: read them where they are.
  const resolved = Object.entries(operation.responses as Record<string, { $ref?: string }>).map(
    ([status, response]) => [
      status,
      response.$ref ? document.components.responses[response.$ref.split('/').at(-1) ?? ''] : response,
    ],
  );
  return { ...operation, responses: Object.fromEntries(resolved) };
};

describe('openApiDocument', () => {
  it('when a route of the table has no contract, it refuses to make a document that leaves it out', () => {
    // Prepare
    const extra = { ...ROUTES[0], id: 'Unlisted', path: '/v1/unlisted' } as (typeof ROUTES)[number];

    // Act, Assess
    expect(() => openApiDocument([...ROUTES, extra])).toThrow('Routes without a contract: Unlisted');
  });

  it('when a contract names no route, it refuses it too', () => {
    // Prepare
    const [first, ...others] = ROUTES;

    // Act, Assess
    expect(() => openApiDocument(others)).toThrow(`contracts without a route: ${first?.id}`);
  });

  it('when the route table and a contract disagree on whether anyone may call a route, it refuses the route', () => {
    // Prepare: the table opens a signed-in route, and closes the open one
    const routes = ROUTES.map((route) =>
      route.id === 'ListCategories' || route.id === 'GetProcessingTimes'
        ? { ...route, caller: route.caller === 'anyone' ? ('signedIn' as const) : ('anyone' as const) }
        : route,
    );

    // Act, Assess
    expect(() => openApiDocument(routes)).toThrow(
      'Routes whose table and contract disagree on whether anyone may call them: ListCategories, GetProcessingTimes',
    );
  });

  it('when the route table is read, the routes open to anyone are exactly those whose contract is open to anyone', () => {
    // Act
    const open = ROUTES.filter((route) => route.caller === 'anyone').map((route) => route.id);

    // Assess
    expect(open).toEqual(['GetProcessingTimes']);
    expect(() => openApiDocument()).not.toThrow();
  });

  it('when the processing times are read, the operation asks for no token and says anyone may call it, without sign-in refusals', () => {
    // Act
    const operation = operationOf('/v1/processing-times', 'get');

    // Assess
    expect(operation.security).toEqual([]);
    expect(operation.description).toContain('May be called by anyone, without a token.');
    expect(Object.keys(operation.responses)).not.toContain('401');
    expect(operation.responses['403'].description).not.toMatch(/Not allowed/i);
  });

  it('when two features describe one route, it refuses both', () => {
    // Prepare
    const twice = { ...FEATURE_CONTRACTS, again: FEATURE_CONTRACTS.inquiries };

    // Act, Assess
    expect(() => openApiDocument(ROUTES, twice as typeof FEATURE_CONTRACTS)).toThrow('Two features describe the route');
  });

  it("when the submission's operation is read, it states its body limits, its key, its headers and its role", () => {
    // Prepare, Act
    const operation = operationOf('/v1/inquiries', 'post');

    // Assess
    expect(operation.security).toEqual([{ bearer: ['resident'] }]);
    expect(operation.parameters).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
    expect(operation.requestBody.content['application/json'].schema.properties.description).toMatchObject({
      minLength: 10,
      maxLength: 4000,
    });
    expect(operation.requestBody.description).toContain('32768 bytes');
    expect(Object.keys(operation.responses['201'].headers)).toEqual([
      'Location',
      'idempotent-replayed',
      'Content-Language',
    ]);
    expect(operation.responses['422'].content['application/problem+json'].schema.allOf[1]).toEqual({
      properties: { type: { enum: ['urn:tawasul:problem:idempotency-key-reused'] } },
    });
  });

  it('when a validation failure is shown, its example names the fields the route itself refuses', () => {
    // Prepare, Act
    const examples = operationOf('/v1/inquiries', 'post').responses['400'].content['application/problem+json'].examples;

    // Assess
    expect(examples['validation-failed-en'].value.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      '/category',
      '/description',
    ]);
    expect(examples['validation-failed-ar'].value.title).toMatch(/[\u0600-\u06FF]/);
  });
});
