import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLAIMS } from '../../../functions/contract/identity.js';
import { header, json } from '../../../functions/http/api-event.js';
import { apiFunction } from '../../../functions/runtime/api-function.js';
import { apiEvent, lambdaContext, RESIDENT_CLAIMS } from '../../support/api-events.js';
import { writtenWhile } from '../../support/standard-output.js';

describe('an API function as deployed: the shared middlewares inside its observability', () => {
  afterEach(() => vi.restoreAllMocks());

  it('when a route fails unexpectedly, the error is logged with the invocation’s request id, and nothing of the request is', async () => {
    // Prepare
    const route = apiFunction(async () => {
      throw new Error('table unavailable');
    });
    let status: number | undefined;
    // Act
    const lines = await writtenWhile(async () => {
      status = (await route(apiEvent({ headers: { Authorization: 'Bearer secret-token' } }), lambdaContext)).statusCode;
    });
    // Assess
    expect(status).toBe(500);
    expect(lines).toEqual([
      expect.objectContaining({ level: 'ERROR', message: 'Unhandled error', function_request_id: 'request-1' }),
    ]);
    for (const personal of ['secret-token', RESIDENT_CLAIMS[CLAIMS.iqamaNumber], RESIDENT_CLAIMS[CLAIMS.phone]]) {
      expect(JSON.stringify(lines)).not.toContain(personal);
    }
  });

  it('when an unexpected error carries the stored item in its cause, the log names the cause but holds none of its data', async () => {
    // Prepare: what the SDK throws on a failed condition that returns the old item
    const iqamaNumber = '2000000006';
    const phone = '+966500000001';
    const sdkError = Object.assign(new Error('The conditional request failed'), {
      name: 'ConditionalCheckFailedException',
      Item: { pk: { S: `RESIDENT#${iqamaNumber}` }, phone: { S: phone } },
      $response: { body: `{"phone":"${phone}"}` },
    });
    const route = apiFunction(async () => {
      throw new Error('profile not updated', { cause: sdkError });
    });
    // Act
    const lines = await writtenWhile(() => route(apiEvent({}), lambdaContext));
    // Assess
    expect(lines).toEqual([
      expect.objectContaining({
        message: 'Unhandled error',
        error: expect.objectContaining({
          message: 'profile not updated',
          cause: expect.objectContaining({ name: 'ConditionalCheckFailedException' }),
        }),
      }),
    ]);
    for (const personal of [iqamaNumber, phone]) expect(JSON.stringify(lines)).not.toContain(personal);
  });

  it('when a request has no headers at all, the route still answers and reads every header as absent', async () => {
    // Prepare
    const route = apiFunction(async (event) => json(200, { language: header(event, 'accept-language') ?? 'none' }));
    // Act
    const result = await route({ ...apiEvent({}), headers: null as never }, lambdaContext);
    // Assess
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ language: 'none' });
  });
});
