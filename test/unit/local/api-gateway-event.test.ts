import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../functions/contract/routes.js';
import { matchPath, toApiGatewayEvent } from '../../../lib/local/api-gateway-event.js';
import { HOSTILE_NAMES } from '../../support/hostile-input.js';

const LIST_INQUIRIES = ROUTES.find((route) => route.id === 'ListInquiries')!;

/** What Node's server hands the adapter: the headers as sent, in pairs. */
const requestWith = (rawHeaders: string[]) => {
  const headers: Record<string, string> = Object.create(null);
  for (let i = 0; i < rawHeaders.length; i += 2) headers[rawHeaders[i]!.toLowerCase()] = rawHeaders[i + 1]!;
  return {
    rawHeaders,
    headers,
    httpVersion: '1.1',
    socket: { remoteAddress: '127.0.0.1' },
  } as unknown as IncomingMessage;
};

const eventOf = (options: { rawHeaders?: string[]; query?: string; body?: Buffer } = {}) =>
  toApiGatewayEvent({
    request: requestWith(options.rawHeaders ?? []),
    url: new URL(`http://127.0.0.1/v1/inquiries${options.query ?? ''}`),
    route: LIST_INQUIRIES,
    pathParameters: {},
    claims: { sub: 'resident-1' },
    body: options.body ?? Buffer.alloc(0),
  });

describe('local API Gateway event', () => {
  it.each(HOSTILE_NAMES)(
    'when a query parameter is named %s, it is one more parameter and no prototype changes',
    (name) => {
      // Act
      const event = eventOf({ query: `?${name}=1&${name}=2&limit=5` });
      // Assess
      expect(Object.getPrototypeOf(event.queryStringParameters)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(event.queryStringParameters!, name)?.value).toBe('2');
      expect(Object.getOwnPropertyDescriptor(event.multiValueQueryStringParameters!, name)?.value).toEqual(['1', '2']);
      expect(Object.keys(event.queryStringParameters!)).toEqual([name, 'limit']);
      expect(({} as Record<string, unknown>).limit).toBeUndefined();
    },
  );

  it.each(HOSTILE_NAMES)('when a header is named %s, it is one more header, as in the JSON event AWS sends', (name) => {
    // Act
    const event = eventOf({ rawHeaders: [name, 'x', 'Accept-Language', 'en', name, 'y'] });
    // Assess
    expect(Object.getOwnPropertyDescriptor(event.headers, name)?.value).toBe('y');
    expect(Object.getOwnPropertyDescriptor(event.multiValueHeaders, name)?.value).toEqual(['x', 'y']);
    expect(event.headers['Accept-Language']).toBe('en');
    // The deployed function gets the event through JSON.parse: the local one has the same shape.
    expect(JSON.parse(JSON.stringify(event))).toEqual(event);
    expect(Object.keys(JSON.parse(JSON.stringify(event.headers)))).toEqual(Object.keys(event.headers));
  });

  it('when no parameter is sent, the event says null, as API Gateway does', () => {
    // Act
    const event = eventOf();
    // Assess
    expect(event.queryStringParameters).toBeNull();
    expect(event.multiValueQueryStringParameters).toBeNull();
    expect(event.body).toBeNull();
  });

  it.each(['application/json', 'Application/JSON; charset=utf-8'])(
    'when a %s body holds bytes that are not UTF-8, they reach the function base64-encoded, as sent',
    (contentType) => {
      // Prepare
      const bytes = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xc0, 0xaf, 0x22, 0x7d]);
      // Act
      const event = eventOf({ rawHeaders: ['Content-Type', contentType], body: bytes });
      // Assess
      expect(event.isBase64Encoded).toBe(true);
      expect(Buffer.from(event.body!, 'base64')).toEqual(bytes);
    },
  );

  it('when a body of another media type is sent, it reaches the function as UTF-8 text, as API Gateway passes it', () => {
    // Act
    const event = eventOf({ rawHeaders: ['Content-Type', 'text/plain'], body: Buffer.from('نص 🙂') });
    // Assess
    expect(event.isBase64Encoded).toBe(false);
    expect(event.body).toBe('نص 🙂');
  });

  it.each(HOSTILE_NAMES)('when a path segment is %s, it is the parameter’s value and nothing else', (name) => {
    // Act
    const parameters = matchPath('/v1/inquiries/{reference}', `/v1/inquiries/${name}`);
    // Assess
    expect(parameters).toEqual({ reference: name });
    expect(Object.getPrototypeOf(parameters)).toBe(Object.prototype);
  });

  it('when a path segment is not valid percent-encoding, no route matches it', () => {
    expect(matchPath('/v1/inquiries/{reference}', '/v1/inquiries/%E0%A4%A')).toBeUndefined();
  });
});
