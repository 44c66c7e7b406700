import type { APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { callersPath } from '../../../functions/http/api-event.js';

const eventAt = (path: string | undefined, addressed: string | undefined) =>
  ({ path, requestContext: { path: addressed } }) as unknown as APIGatewayProxyEvent;

describe('callersPath', () => {
  it.each([
    [
      "API Gateway's own address, the stage first",
      '/v1/inquiries',
      '/dev/v1/inquiries',
      '/dev/v1/inquiries/TW-7K3M-9QXD-2HPJ',
    ],
    [
      'a custom domain mapped under a base path',
      '/v1/inquiries',
      '/api/v1/inquiries',
      '/api/v1/inquiries/TW-7K3M-9QXD-2HPJ',
    ],
    [
      'a custom domain mapped at its root, or the local runtime',
      '/v1/inquiries',
      '/v1/inquiries',
      '/v1/inquiries/TW-7K3M-9QXD-2HPJ',
    ],
    ['an event that says nothing of the address', undefined, undefined, '/v1/inquiries/TW-7K3M-9QXD-2HPJ'],
    ['an address that does not end with the path', '/v1/inquiries', '/elsewhere', '/v1/inquiries/TW-7K3M-9QXD-2HPJ'],
  ])('when the request came to %s, a Location leads back to the API', (_, path, addressed, expected) => {
    // Act
    const location = callersPath(eventAt(path, addressed), '/v1/inquiries/TW-7K3M-9QXD-2HPJ');
    // Assess
    expect(location).toBe(expected);
  });
});
