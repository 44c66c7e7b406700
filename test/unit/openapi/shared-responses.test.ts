import { describe, expect, it } from 'vitest';
import { shareRepeatedResponses } from '../../../lib/openapi/shared-responses.js';

const problem = (code: string, extra: Record<string, unknown> = {}) => ({
  description: code,
  content: { 'application/problem+json': { schema: { enum: [`urn:tawasul:problem:${code}`] }, ...extra } },
});

describe('shareRepeatedResponses', () => {
  it('when several operations give one answer alike, it is written once, named by its status and problem types, and referenced', () => {
    // Prepare
    const operations = [
      { responses: { '200': { description: 'ok' }, '401': problem('unauthenticated') } },
      { responses: { '200': { description: 'ok' }, '401': problem('unauthenticated') } },
    ];
    // Act
    const shared = shareRepeatedResponses(operations);
    // Assess
    expect(shared).toEqual({ '401-unauthenticated': problem('unauthenticated') });
    expect(operations.map((operation) => operation.responses['401'])).toEqual([
      { $ref: '#/components/responses/401-unauthenticated' },
      { $ref: '#/components/responses/401-unauthenticated' },
    ]);
    // Success answers stay with their operation, where a reader looks for them first.
    expect(operations[0]?.responses['200']).toEqual({ description: 'ok' });
  });

  it('when an answer is given once, or two answers of the same types differ, each stays its own', () => {
    // Prepare
    const operations = [
      {
        responses: { '400': problem('validation-failed', { examples: { a: 1 } }), '404': problem('inquiry-not-found') },
      },
      { responses: { '400': problem('validation-failed', { examples: { a: 1 } }) } },
      { responses: { '400': problem('validation-failed', { examples: { b: 2 } }) } },
      { responses: { '400': problem('validation-failed', { examples: { b: 2 } }) } },
    ];
    // Act
    const shared = shareRepeatedResponses(operations);
    // Assess
    expect(Object.keys(shared)).toEqual(['400-validation-failed', '400-validation-failed-2']);
    expect(operations[0]?.responses['404']).toEqual(problem('inquiry-not-found'));
    expect(operations[2]?.responses['400']).toEqual({ $ref: '#/components/responses/400-validation-failed-2' });
  });
});
