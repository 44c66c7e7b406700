import { Logger } from '@aws-lambda-powertools/logger';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandler as createSubmit } from '../../../functions/handlers/inquiries/submit-inquiry.js';
import type { ApiEvent } from '../../../functions/http/api-event.js';
import { json } from '../../../functions/http/api-event.js';
import { apiFunction } from '../../../functions/runtime/api-function.js';
import { apiEvent, bodyOf, lambdaContext } from '../../support/api-events.js';
import { NOT_UTF8, submissionWithBytes } from '../../support/hostile-input.js';
import { submissionDeps } from '../../support/submission-deps.js';

const silent = new Logger({ logLevel: 'SILENT' });

/** A JSON body as API Gateway passes it for the API's binary media types: the bytes, base64. */
const base64Event = (bytes: Buffer, contentType = 'application/json') =>
  ({
    ...apiEvent({ method: 'POST', headers: { 'Content-Type': contentType } }),
    body: bytes.toString('base64'),
    isBase64Encoded: true,
  }) as ApiEvent;

describe('JSON body middleware', () => {
  let parsed: unknown[];
  const echo = apiFunction(
    async (event) => {
      parsed.push(event.jsonBody);
      return json(200, { ok: true });
    },
    { body: { maxBytes: 64 }, logger: silent },
  );

  beforeEach(() => {
    parsed = [];
  });

  it.each(NOT_UTF8)(
    'when a base64-encoded body holds %s, it is 400 malformed-json and the route never runs',
    async (_kind, bytes) => {
      // Act
      const result = await echo(
        base64Event(Buffer.concat([Buffer.from('{"a":"'), Buffer.from(bytes), Buffer.from('"}')])),
        lambdaContext,
      );
      // Assess
      expect(result.statusCode).toBe(400);
      expect(result.headers?.['content-type']).toMatch(/^application\/problem\+json/);
      expect(bodyOf(result).type).toBe('urn:tawasul:problem:malformed-json');
      expect(parsed).toEqual([]);
    },
  );

  it('when a base64-encoded body is UTF-8, Arabic and emoji come through exactly', async () => {
    // Act
    const result = await echo(base64Event(Buffer.from('{"text":"متى تصدر التأشيرة؟ 🙏"}')), lambdaContext);
    // Assess
    expect(result.statusCode).toBe(200);
    expect(parsed).toEqual([{ text: 'متى تصدر التأشيرة؟ 🙏' }]);
  });

  it.each([
    [
      'as text, where API Gateway left U+FFFD for bytes it could not decode',
      apiEvent({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"a":"caf\uFFFD"}' }),
    ],
    ['base64-encoded, carrying U+FFFD from a decoder before ours', base64Event(Buffer.from('{"a":"caf\uFFFD"}'))],
  ])('when a body arrives %s, it is refused as bytes lost in decoding', async (_how, event) => {
    // Act
    const result = await echo(event, lambdaContext);
    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).type).toBe('urn:tawasul:problem:malformed-json');
    expect(parsed).toEqual([]);
  });

  it('when a base64-encoded body is over the limit once decoded, it is 413, though under it as text', async () => {
    // Prepare: 60 bytes of JSON, 80 characters of base64, against a 64-byte limit.
    const fits = Buffer.from(`{"a":"${'x'.repeat(52)}"}`);
    const over = Buffer.from(`{"a":"${'x'.repeat(59)}"}`);
    // Act
    const accepted = await echo(base64Event(fits), lambdaContext);
    const refused = await echo(base64Event(over), lambdaContext);
    // Assess
    expect(accepted.statusCode).toBe(200);
    expect(refused.statusCode).toBe(413);
    expect(bodyOf(refused).type).toBe('urn:tawasul:problem:payload-too-large');
  });

  it.each(['application/json; charset=iso-8859-1', 'text/plain', 'application/jsonx'])(
    'when the body is declared as %s, it is 415 before it is read',
    async (contentType) => {
      // Act
      const result = await echo(base64Event(Buffer.from('{"a":1}'), contentType), lambdaContext);
      // Assess
      expect(result.statusCode).toBe(415);
      expect(parsed).toEqual([]);
    },
  );

  it('when a body sets __proto__, it stays a key of the body and no object gains its properties', async () => {
    // Act
    const result = await echo(base64Event(Buffer.from('{"__proto__":{"polluted":1}}')), lambdaContext);
    // Assess
    expect(result.statusCode).toBe(200);
    expect(Object.getOwnPropertyDescriptor(parsed[0], '__proto__')?.value).toEqual({ polluted: 1 });
    expect(Object.getPrototypeOf(parsed[0])).toBe(Object.prototype);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it.each(NOT_UTF8)('when a submission holds %s, no inquiry is stored and no workflow starts', async (_kind, bytes) => {
    // Prepare
    const deps = submissionDeps(() => new Date('2026-11-22T06:00:00Z'));
    const { inquiries, workflow } = deps;
    const submit = createSubmit(deps);
    // Act
    const result = await submit(base64Event(submissionWithBytes(bytes)), lambdaContext);
    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).type).toBe('urn:tawasul:problem:malformed-json');
    expect(inquiries.inquiries.size).toBe(0);
    expect(workflow.started).toEqual([]);
  });
});
