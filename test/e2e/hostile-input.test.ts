import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../functions/contract/routes.js';
import { SECTION_CODES } from '../../functions/domain/inquiries/categories.js';
import { HOSTILE_NAMES, NOT_UTF8, submissionWithBytes } from '../support/hostile-input.js';
import { call, residentToken } from '../support/http-client.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';
import { RawConnection, rawExchange } from '../support/raw-http.js';
import { checkFetchResponse, checkResponse } from '../support/response-contract.js';

const VALID = { category: 'GENERAL_INQUIRY', description: 'When will my exit and re-entry visa be issued?' };
/** Well-formed, but issued to no one: a method's 405 must not depend on the inquiry existing. */
const SOME_REFERENCE = 'TW-JQPT-744R-KWAM';
const PROBLEM = /^application\/problem\+json/;

describe('hostile input against the local runtime, end to end', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let resident: string;
  let reviewer: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-hostile-'));
    runtime = await startRuntimeProcess(dataDir);
    resident = await residentToken(runtime.url, 'hostile-resident');
    reviewer = (
      await call(`${runtime.url}/local/tokens`, {
        body: { role: 'reviewer', sub: 'hostile-reviewer', sections: SECTION_CODES },
      })
    ).body.token;
  });

  afterAll(async () => {
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Every inquiry anyone has stored: this runtime starts empty, and every open one is in a queue. */
  const storedInquiries = async () => {
    let count = (await call(`${runtime.url}/v1/inquiries?limit=100`, { token: resident })).body.items.length as number;
    for (const section of SECTION_CODES)
      count += (await call(`${runtime.url}/v1/review/inquiries?section=${section}&limit=100`, { token: reviewer })).body
        .items.length as number;
    return count;
  };

  it.each(HOSTILE_NAMES)(
    'when a query parameter or header is named %s, every GET route answers 4xx or 2xx with a problem for errors',
    async (name) => {
      // Prepare
      const getRoutes = ROUTES.filter((route) => route.method === 'GET').map((route) =>
        route.path.replace('{reference}', SOME_REFERENCE).replace('{attachmentId}', 'att-1'),
      );
      // Act
      const answers = await Promise.all(
        getRoutes.map(async (path) => ({
          path,
          query: await call(`${runtime.url}${path}?${name}=1&${name}=2`, { token: resident }),
          header: await call(`${runtime.url}${path}`, { token: resident, headers: { [name]: 'x' } }),
        })),
      );
      // Assess
      for (const { path, query, header } of answers) {
        expect([path, query.status < 500, header.status < 500]).toEqual([path, true, true]);
        if (query.status >= 400) expect(query.headers.get('content-type')).toMatch(PROBLEM);
      }
      const list = answers.find((answer) => answer.path === '/v1/inquiries')!;
      expect(list.query.status).toBe(400);
      expect(list.query.body.errors).toEqual([
        expect.objectContaining({ pointer: `/query/${name}`, code: 'unknown_field' }),
      ]);
      expect(list.header.status).toBe(200);
    },
  );

  it.each(HOSTILE_NAMES)(
    'when a token request or a submission has a key %s, it is 400 unknown_field and nothing is stored',
    async (name) => {
      // Prepare
      const withKey = (fields: object) => `{"${name}":{"polluted":true},${JSON.stringify(fields).slice(1)}`;
      const headers = { 'content-type': 'application/json' };
      // Act
      const token = await call(`${runtime.url}/local/tokens`, {
        rawBody: withKey({ role: 'resident', iqamaNumber: '2000000006', phone: '+966500000001' }),
        headers,
      });
      const submitted = await call(`${runtime.url}/v1/inquiries`, {
        token: resident,
        rawBody: withKey(VALID),
        headers,
      });
      // Assess
      expect(token.status).toBe(400);
      expect(token.body.errors).toEqual([expect.objectContaining({ pointer: `/${name}`, code: 'unknown_field' })]);
      expect(submitted.status).toBe(400);
      expect(submitted.body.errors).toEqual([expect.objectContaining({ pointer: `/${name}`, code: 'unknown_field' })]);
      expect(await storedInquiries()).toBe(0);
    },
  );

  it.each(NOT_UTF8)(
    'when a body holds %s, the API and the token endpoint answer 400 malformed-json and nothing is stored',
    async (_kind, bytes) => {
      // Act
      const submission = new Request(`${runtime.url}/v1/inquiries`, {
        method: 'POST',
        headers: { authorization: `Bearer ${resident}`, 'content-type': 'application/json', 'accept-language': 'en' },
        body: submissionWithBytes(bytes),
      });
      const submitted = await fetch(submission);
      await checkFetchResponse(submission, submitted);
      const token = await fetch(`${runtime.url}/local/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: Buffer.concat([
          Buffer.from('{"role":"reviewer","sections":["GENERAL"],"sub":"x'),
          Buffer.from(bytes),
          Buffer.from('"}'),
        ]),
      });
      // Assess
      for (const response of [submitted, token]) {
        expect(response.status).toBe(400);
        expect(response.headers.get('content-type')).toMatch(PROBLEM);
        expect(((await response.json()) as { type: string }).type).toBe('urn:tawasul:problem:malformed-json');
      }
      expect(await storedInquiries()).toBe(0);
    },
  );

  it('when an inquiry is deleted, it is 405 method-not-allowed with the methods the address takes', async () => {
    // Act
    const deleted = await call(`${runtime.url}/v1/inquiries/${SOME_REFERENCE}`, {
      method: 'DELETE',
      token: resident,
      headers: { 'accept-language': 'ar' },
    });
    const patched = await call(`${runtime.url}/v1/me/preferences`, { method: 'PATCH', token: resident });
    const anonymous = await call(`${runtime.url}/v1/inquiries/${SOME_REFERENCE}`, { method: 'DELETE' });
    const local = await call(`${runtime.url}/local/clock`, { method: 'DELETE' });
    // Assess
    expect(deleted.status).toBe(405);
    expect(deleted.headers.get('allow')).toBe('GET, OPTIONS');
    expect(deleted.headers.get('content-type')).toMatch(PROBLEM);
    expect(deleted.body).toMatchObject({
      type: 'urn:tawasul:problem:method-not-allowed',
      status: 405,
      title: 'الطريقة غير مسموح بها',
    });
    expect(patched.status).toBe(405);
    expect(patched.headers.get('allow')).toBe('GET, PUT, OPTIONS');
    expect(patched.body.title).toBe('Method not allowed');
    // As API Gateway's authorizer runs before the method: without a token, 401 comes first.
    expect(anonymous.status).toBe(401);
    expect(local.status).toBe(405);
    expect(local.headers.get('allow')).toBe('GET, POST');
  });

  it('when a header is over the server’s limit, the answer is a 431 problem and the connection is closed', async () => {
    // Act
    const { response, closed } = await rawExchange(
      runtime.url,
      `GET /v1/categories HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    // Assess
    expect(response?.status).toBe(431);
    expect(response?.headers.get('content-type')).toMatch(PROBLEM);
    expect(response?.headers.get('connection')).toBe('close');
    expect(JSON.parse(response!.body.toString())).toMatchObject({
      type: 'urn:tawasul:problem:headers-too-large',
      status: 431,
    });
    expect(closed).toBe(true);
  });

  it.each([
    ['a request line that is not HTTP', 'GARBAGE\r\n\r\n'],
    ['a header name with a space', 'GET /health HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n'],
    ['a NUL byte in a header value', 'GET /health HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n'],
    [
      'two conflicting body lengths',
      'POST /local/tokens HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ],
  ])('when %s is sent, the answer is a 400 problem and the connection is closed', async (_kind, request) => {
    // Act
    const { response, closed } = await rawExchange(runtime.url, request);
    // Assess
    expect(response?.status).toBe(400);
    expect(response?.headers.get('content-type')).toMatch(PROBLEM);
    expect(JSON.parse(response!.body.toString()).type).toBe('urn:tawasul:problem:bad-request');
    expect(response?.headers.get('connection')).toBe('close');
    expect(closed).toBe(true);
  });

  it('when a request expects something other than 100-continue, the answer is a 417 problem and the body it sent is not read as a request', async () => {
    // Act
    const { response, closed } = await rawExchange(
      runtime.url,
      'POST /local/tokens HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Type: application/json\r\nContent-Length: 18\r\n\r\nGET /health HTTP/1',
    );
    // Assess
    expect(response?.status).toBe(417);
    expect(response?.headers.get('content-type')).toMatch(PROBLEM);
    expect(JSON.parse(response!.body.toString())).toMatchObject({
      type: 'urn:tawasul:problem:expectation-failed',
      status: 417,
    });
    expect(response?.headers.get('connection')).toBe('close');
    expect(closed).toBe(true);
  });

  it('when a client asks to CONNECT through the server, it is answered with a 501 problem in its language, not a silently dropped connection', async () => {
    // Act
    const { response, closed } = await rawExchange(
      runtime.url,
      'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\nAccept-Language: en\r\n\r\n',
    );
    // Assess
    expect(response?.status).toBe(501);
    expect(response?.headers.get('content-type')).toMatch(PROBLEM);
    expect(JSON.parse(response!.body.toString())).toMatchObject({
      type: 'urn:tawasul:problem:not-implemented',
      status: 501,
      title: 'Not implemented',
    });
    expect(closed).toBe(true);
  });

  it('when a body over 10 MB is announced, it is refused with a 413 problem before it is sent, and the connection is closed', async () => {
    // Prepare
    const connection = await RawConnection.open(runtime.url);
    // Act
    await connection.write(
      `POST /v1/inquiries HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${resident}\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024 + 1}\r\nExpect: 100-continue\r\n\r\n`,
    );
    const response = await connection.next();
    // Assess
    expect(response?.status).toBe(413);
    expect(response?.headers.get('content-type')).toMatch(PROBLEM);
    expect(response?.headers.get('connection')).toBe('close');
    expect(JSON.parse(response!.body.toString()).type).toBe('urn:tawasul:problem:payload-too-large');
    expect(await connection.closedWithin(5_000)).toBe(true);
  });

  it('when a chunked body grows past 10 MB, the answer is a 413 problem with connection: close', async () => {
    // Prepare
    const connection = await RawConnection.open(runtime.url);
    await connection.write(
      `POST /v1/inquiries HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${resident}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    const chunk = Buffer.concat([
      Buffer.from(`${(1024 * 1024).toString(16)}\r\n`),
      Buffer.alloc(1024 * 1024, 0x20),
      Buffer.from('\r\n'),
    ]);
    // Act
    for (let i = 0; i < 11; i++) await connection.write(chunk);
    const response = await connection.next();
    // Assess
    expect(response?.status).toBe(413);
    expect(response?.headers.get('content-type')).toMatch(PROBLEM);
    expect(response?.headers.get('connection')).toBe('close');
    expect(await connection.closedWithin(5_000)).toBe(true);
    expect(await storedInquiries()).toBe(0);
  });

  it('when a request is followed on its connection by bytes that are no request, it is answered, then a 400 problem closes the connection', async () => {
    // Prepare: a body sent without a length is, to the server, the start of the next request.
    const connection = await RawConnection.open(runtime.url);
    // Act
    await connection.write('GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n{"a":1}\r\n\r\n');
    const first = await connection.next();
    const second = await connection.next();
    // Assess
    expect(first?.status).toBe(404);
    expect(JSON.parse(first!.body.toString()).type).toBe('urn:tawasul:problem:not-found');
    expect(second?.status).toBe(400);
    expect(second?.headers.get('content-type')).toMatch(PROBLEM);
    expect(await connection.closedWithin(5_000)).toBe(true);
  });

  it('when errors are answered on a kept-alive connection, the same connection carries the next request', async () => {
    // Prepare
    const connection = await RawConnection.open(runtime.url);
    const requests = [
      'GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /v1/inquiries HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer not-a-token\r\n\r\n',
      `DELETE /v1/inquiries/${SOME_REFERENCE} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${resident}\r\nContent-Length: 5\r\n\r\nhello`,
      `POST /v1/inquiries HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${resident}\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello`,
      'POST /local/tokens HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n{"a":',
      'GET /health HTTP/1.1\r\nHost: x\r\n\r\n',
    ];
    // Act
    const statuses: (number | undefined)[] = [];
    const types: (string | undefined)[] = [];
    for (const request of requests) {
      await connection.write(request);
      const response = await connection.next();
      statuses.push(response?.status);
      types.push(response?.headers.get('content-type'));
    }
    connection.close();
    // Assess
    expect(statuses).toEqual([404, 401, 405, 415, 400, 200]);
    expect(types.slice(0, 5).every((type) => PROBLEM.test(type ?? ''))).toBe(true);
  });

  it('when a few hundred malformed requests arrive, none is answered with a 5xx or outside the contract, and nothing is stored', async () => {
    // Prepare
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const before = {
      documents: (await call(`${runtime.url}/v1/me/documents`, { token: resident })).body,
      preferences: (await call(`${runtime.url}/v1/me/preferences`, { token: resident })).body,
    };
    const { port } = new URL(runtime.url);
    const send = (request: { method: string; path: string; headers: Record<string, string>; body?: Buffer }) =>
      new Promise<{ status: number; contentType: string }>((resolve, reject) => {
        const outgoing = httpRequest(
          { host: '127.0.0.1', port, agent, method: request.method, path: request.path, headers: request.headers },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => {
              const status = response.statusCode!;
              const header = (name: string) => [response.headers[name] ?? []].flat().join(', ') || undefined;
              try {
                const body = Buffer.concat(chunks).toString();
                checkResponse({ method: request.method, url: request.path, status, headers: { get: header }, body });
                resolve({ status, contentType: header('content-type') ?? '' });
              } catch (violation) {
                // Rejected, so the property fails with what the contract does not describe.
                reject(violation);
              }
            });
          },
        );
        outgoing.on('error', reject);
        outgoing.end(request.body);
      });
    const name = fc.oneof(
      fc.constantFrom(...HOSTILE_NAMES, 'limit', 'cursor', 'section', 'a[b]', '%FF', '%C0%AF', '%', '__proto__.x'),
      fc.stringMatching(/^[A-Za-z0-9_.-]{1,16}$/),
    );
    const text = fc.oneof(
      fc.constantFrom(...HOSTILE_NAMES, '', '%FF', '%E0%A4%A', '-1', '9999999', 'null'),
      fc.stringMatching(/^[\x20-\x7e]{0,24}$/),
    );
    const segment = fc.oneof(
      fc.constantFrom(...HOSTILE_NAMES, SOME_REFERENCE, 'TW-0000-0000-0000', '%FF', '%E0%A4%A', '..', 'att-1'),
      fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/),
    );
    const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];
    const routeTarget = fc.tuple(fc.constantFrom(...ROUTES), segment, segment).map(([route, a, b]) => ({
      method: route.method as string,
      path: route.path.replace('{reference}', a).replace('{attachmentId}', b),
    }));
    // Mostly a route's own method, so that most requests get past routing to the handlers.
    const target = fc.oneof(
      { weight: 6, arbitrary: routeTarget },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...METHODS), routeTarget)
          .map(([method, { path: p }]) => ({ method, path: p })),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          method: fc.constantFrom(...METHODS),
          path: fc.constantFrom(
            '/',
            '/v1',
            '/v1/me',
            '/local',
            '/local/tokens',
            '/local/clock',
            '/health',
            '/v1/inquiries/',
          ),
        }),
      },
    );
    const body = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(...NOT_UTF8).map(([, bytes]) => submissionWithBytes(bytes)),
      fc
        .constantFrom(...HOSTILE_NAMES)
        .map((key) => Buffer.from(`{"${key}":{"polluted":true},${JSON.stringify(VALID).slice(1)}`)),
      fc.constant(Buffer.from(JSON.stringify(VALID).slice(0, 30))),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
      fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value) ?? 'null')),
    );
    const request = fc.record({
      // Written as sent, broken percent-escapes included; only a space must be escaped to be sent at all.
      target: fc
        .tuple(target, fc.array(fc.tuple(name, text), { maxLength: 4 }))
        .map(([{ method, path: p }, query]) => ({
          method,
          path: (query.length ? `${p}?${query.map(([n, v]) => `${n}=${v}`).join('&')}` : p).replaceAll(' ', '%20'),
        })),
      extraHeaders: fc.array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom(...HOSTILE_NAMES, 'Idempotency-Key', 'Accept-Language', 'Origin'),
            fc.stringMatching(/^[A-Za-z0-9_.-]{1,16}$/),
          ),
          text,
        ),
        { maxLength: 4 },
      ),
      contentType: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            undefined,
            'application/json; charset=latin1',
            'text/plain',
            'multipart/form-data',
          ),
        },
      ),
      authorized: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      body,
    });
    // Act
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        request,
        async ({ target: { method, path: target }, extraHeaders, contentType, authorized, body: payload }) => {
          const headers: Record<string, string> = Object.fromEntries(
            extraHeaders.filter(([n]) => !/^(content-length|transfer-encoding|host|connection|expect)$/i.test(n)),
          );
          if (contentType) headers['content-type'] = contentType;
          if (authorized) headers.authorization = `Bearer ${resident}`;
          // Node sends a GET's or HEAD's body unframed; the framing itself is tested above, not here.
          if (payload) headers['content-length'] = String(payload.length);
          const answer = await send({ method, path: target, headers, body: payload });
          const wrong = answer.status >= 500 || (answer.status >= 400 && !PROBLEM.test(answer.contentType));
          if (wrong) failures.push(`${method} ${target} → ${answer.status} ${answer.contentType}`);
          return !wrong;
        },
      ),
      { numRuns: 300, seed: 20261201, endOnFailure: true },
    );
    agent.destroy();
    // Assess
    expect(failures).toEqual([]);
    expect(await storedInquiries()).toBe(0);
    expect((await call(`${runtime.url}/v1/me/documents`, { token: resident })).body).toEqual(before.documents);
    expect((await call(`${runtime.url}/v1/me/preferences`, { token: resident })).body).toEqual(before.preferences);
  }, 120_000);

  it('when header lines hold arbitrary bytes, each request is answered 2xx or with a 4xx problem, and never left hanging', async () => {
    // Prepare: any byte but CR and LF, which would end the line, in names and values.
    const lineByte = fc.integer({ min: 0, max: 255 }).filter((byte) => byte !== 0x0a && byte !== 0x0d);
    const headerName = fc.oneof(
      fc
        .oneof(fc.constantFrom(...HOSTILE_NAMES), fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/))
        .map((name) => Buffer.from(name)),
      fc.array(lineByte, { minLength: 1, maxLength: 12 }).map((bytes) => Buffer.from(bytes)),
    );
    const headerValue = fc.oneof(
      fc.stringMatching(/^[\x20-\x7e]{0,40}$/).map((value) => Buffer.from(value)),
      fc.array(lineByte, { maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
    );
    const headerLine = fc
      .tuple(headerName, headerValue)
      .map(([name, value]) => Buffer.concat([name, Buffer.from(': '), value]));
    // Act
    const answers: (number | undefined)[] = [];
    await fc.assert(
      fc.asyncProperty(headerLine, async (line) => {
        const { response } = await rawExchange(
          runtime.url,
          Buffer.concat([
            Buffer.from('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n'),
            line,
            Buffer.from('\r\n\r\n'),
          ]),
        );
        answers.push(response?.status);
        return (
          response !== undefined &&
          (response.status === 200 ||
            (response.status >= 400 &&
              response.status < 500 &&
              PROBLEM.test(response.headers.get('content-type') ?? '')))
        );
      }),
      { numRuns: 60, seed: 20261201, endOnFailure: true },
    );
    // Assess: both kinds were sent, the readable and the unreadable.
    expect(answers).toContain(200);
    expect(answers).toContain(400);
  }, 60_000);
});
