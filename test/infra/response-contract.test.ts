import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import {
  ContractViolation,
  checkFetchResponse,
  contractMiddleware,
  matchTemplate,
  type ReceivedResponse,
  ResponseContract,
} from '../support/response-contract.js';

const FIXTURE = fileURLToPath(new URL('./response-contract-fixture.json', import.meta.url));
const contract = ResponseContract.load(FIXTURE);

const REFERENCE = 'TW-7K3M-9QXD-2HPC';
const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const A_PROBLEM = JSON.stringify({ type: 'urn:tawasul:problem:not-found', title: 'Not found', status: 404 });

/** A response as call() hands it over: GET /v1/categories answered with a valid list, unless told otherwise. */
const received = (
  overrides: Partial<Omit<ReceivedResponse, 'headers' | 'body'>> & {
    headers?: Record<string, string>;
    body?: unknown;
  } = {},
): ReceivedResponse => {
  const { headers, body, ...rest } = overrides;
  return {
    method: 'GET',
    url: 'http://127.0.0.1:3000/v1/categories',
    status: 200,
    ...rest,
    headers: new Headers(headers ?? { 'content-type': JSON_TYPE }),
    body: typeof body === 'string' ? body : JSON.stringify(body ?? { items: [{ code: 'GENERAL', name: 'Gen' }] }),
  };
};

/** The message of the violation `response` is, or undefined when the contract describes it. */
const violationOf = (response: ReceivedResponse): string | undefined => {
  try {
    contract.check(response);
    return undefined;
  } catch (error) {
    if (!(error instanceof ContractViolation)) throw error;
    return error.message;
  }
};

const problem = (status: number, method = 'GET', url = `http://127.0.0.1:3000/v1/inquiries/${REFERENCE}`) =>
  received({ method, url, status, headers: { 'content-type': PROBLEM_TYPE }, body: A_PROBLEM });

describe('the response contract', () => {
  describe('an operation’s responses', () => {
    it('when a 200 has the declared media type and a valid body, it passes', () => {
      // Act
      const violation = violationOf(received());

      // Assess
      expect(violation).toBeUndefined();
    });

    it('when a body holds a field no schema names, it fails: the tests hold answers to exactly what is described', () => {
      // Prepare
      const withExtra = received({ body: { items: [{ code: 'GENERAL', name: 'Gen', internalNote: 'leaked' }] } });

      // Act
      const violation = violationOf(withExtra);

      // Assess
      expect(violation).toContain('/items/0 must NOT have additional properties');
      expect(violation).toContain('internalNote');
    });

    it('when the status is not documented, it fails naming the operation and the statuses it lists', () => {
      // Act
      const violation = violationOf(problem(418));

      // Assess
      expect(violation).toContain(`GET http://127.0.0.1:3000/v1/inquiries/${REFERENCE} → 418:`);
      expect(violation).toContain('GET /v1/inquiries/{reference} lists no 418; it lists 200, 404');
    });

    it('when the body breaks the schema, it fails with the instance path of each error', () => {
      // Prepare
      const response = received({ body: { items: [{ name: 'Too long a name' }] } });

      // Act
      const violation = violationOf(response);

      // Assess
      expect(violation).toContain('the body does not match GET /v1/categories 200 application/json');
      expect(violation).toContain("/items/0 must have required property 'code'");
      expect(violation).toContain('/items/0/name must NOT have more than 5 characters');
    });

    it('when the body of a JSON media type is not JSON, it fails saying so', () => {
      // Act
      const violation = violationOf(received({ body: '<html>' }));

      // Assess
      expect(violation).toContain('the body is not JSON');
    });

    it('when the content type is not one the status declares, it fails naming both', () => {
      // Act
      const html = violationOf(received({ headers: { 'content-type': 'text/html' }, body: '<p>' }));
      const none = violationOf(received({ headers: {} }));

      // Assess
      expect(html).toContain('GET /v1/categories 200 declares application/json, not text/html');
      expect(none).toContain('the response has no content type');
    });

    it('when a problem status is declared through a range or a default, it is checked against that response', () => {
      // Prepare
      const preferences = 'http://127.0.0.1:3000/v1/me/preferences';

      // Act
      const forbidden = violationOf(problem(403, 'GET', preferences));
      const internal = violationOf(problem(500, 'PUT', preferences));
      const asJson = violationOf(received({ url: preferences, status: 403, body: A_PROBLEM }));

      // Assess
      expect([forbidden, internal]).toEqual([undefined, undefined]);
      expect(asJson).toContain('GET /v1/me/preferences 4XX declares application/problem+json, not application/json');
    });

    it('when a status that declares no body gets one, it fails; without one it passes', () => {
      // Prepare
      const saved = { method: 'PUT', url: 'http://127.0.0.1:3000/v1/me/preferences', status: 204 };

      // Act
      const empty = violationOf(received({ ...saved, headers: {}, body: '' }));
      const withBody = violationOf(received({ ...saved, body: { language: 'en' } }));

      // Assess
      expect(empty).toBeUndefined();
      expect(withBody).toContain('PUT /v1/me/preferences 204 declares no body, but one came (application/json)');
    });

    it('when a HEAD is answered, its media type is checked and its absent body is not', () => {
      // Act
      const violation = violationOf(
        received({
          method: 'HEAD',
          url: 'http://127.0.0.1:3000/v1/nowhere',
          status: 404,
          headers: { 'content-type': PROBLEM_TYPE },
          body: '',
        }),
      );

      // Assess
      expect(violation).toBeUndefined();
    });
  });

  describe('response headers', () => {
    const submitted = (headers: Record<string, string>) =>
      received({
        method: 'POST',
        url: 'http://127.0.0.1:3000/v1/inquiries',
        status: 201,
        headers: { 'content-type': JSON_TYPE, ...headers },
        body: { reference: REFERENCE, status: 'SUBMITTED', submittedAt: '2026-11-22T06:00:00.000Z' },
      });

    it('when a required Location is missing, it fails naming the header', () => {
      // Act
      const violation = violationOf(submitted({}));

      // Assess
      expect(violation).toContain('POST /v1/inquiries 201: the required header Location is missing');
    });

    it('when the headers are present and valid, a replay’s flag read as its schema’s type, it passes', () => {
      // Act
      const first = violationOf(submitted({ location: `/v1/inquiries/${REFERENCE}` }));
      const replay = violationOf(submitted({ location: `/v1/inquiries/${REFERENCE}`, 'idempotent-replayed': 'true' }));

      // Assess
      expect([first, replay]).toEqual([undefined, undefined]);
    });

    it('when a declared header has a value its schema refuses, it fails with the value', () => {
      // Act
      const violation = violationOf(submitted({ location: '/elsewhere', 'idempotent-replayed': 'yes' }));

      // Assess
      expect(violation).toContain('the header Location: "/elsewhere" is not valid');
      expect(violation).toContain('the header idempotent-replayed: "yes" is not valid');
    });
  });

  describe('answers outside the operations', () => {
    it('when no path matches, a 404 problem valid against Problem passes and anything else fails', () => {
      // Prepare
      const nowhere = 'http://127.0.0.1:3000/v1/nowhere?x=1';

      // Act
      const notFound = violationOf(problem(404, 'GET', nowhere));
      const asJson = violationOf(received({ url: nowhere, status: 404, body: A_PROBLEM }));
      const invalid = violationOf(
        received({ url: nowhere, status: 404, headers: { 'content-type': PROBLEM_TYPE }, body: { title: 1 } }),
      );
      const ok = violationOf(received({ url: nowhere }));

      // Assess
      expect(notFound).toBeUndefined();
      expect(asJson).toContain('an error is an application/problem+json, not application/json');
      expect(invalid).toContain("(the body) must have required property 'type'");
      expect(invalid).toContain('/title must be string');
      expect(ok).toContain('no path of the document matches it, so it must be a 404 problem');
    });

    it('when a known path is sent another method, a 405 problem naming exactly its methods passes, or a 401 before it', () => {
      // Prepare
      const deleted = (status: number, headers: Record<string, string>) =>
        violationOf(
          received({
            method: 'DELETE',
            url: 'http://127.0.0.1:3000/v1/me/preferences',
            status,
            headers: { 'content-type': PROBLEM_TYPE, ...headers },
            body: A_PROBLEM,
          }),
        );

      // Act
      const allowed = deleted(405, { allow: 'GET, PUT, OPTIONS' });
      const anonymous = deleted(401, {});
      const noAllow = deleted(405, {});
      const wrongAllow = deleted(405, { allow: 'GET, DELETE, OPTIONS' });
      const handled = deleted(200, {});

      // Assess
      expect([allowed, anonymous]).toEqual([undefined, undefined]);
      expect(noAllow).toContain('a 405 must say in an Allow header which methods the path takes');
      expect(wrongAllow).toContain('; missing PUT; not documented DELETE');
      expect(handled).toContain('the document has no DELETE at this path, so it must be a 405 problem');
    });

    it('when a local-only endpoint answers, nothing is checked; a path merely starting like one is', () => {
      // Prepare
      const anything = { status: 201, headers: { 'content-type': 'text/plain' }, body: 'whatever' };

      // Act
      const local = ['/health', '/local/tokens', '/local/clock', '/openapi.json', '/docs', '/docs/assets/ui.css'].map(
        (path) => violationOf(received({ ...anything, url: `http://127.0.0.1:3000${path}` })),
      );
      const lookalike = violationOf(received({ ...anything, url: 'http://127.0.0.1:3000/local' }));

      // Assess
      expect(local).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
      expect(lookalike).toContain('no path of the document matches it');
    });

    it('when a preflight is answered, it is not checked', () => {
      // Act
      const violation = violationOf(
        received({ method: 'OPTIONS', url: 'http://127.0.0.1:3000/v1/nowhere', status: 204, headers: {}, body: '' }),
      );

      // Assess
      expect(violation).toBeUndefined();
    });

    it('when the local runtime answers 502, it fails on any path and for any method', () => {
      // Act
      const violations = [
        problem(502),
        problem(502, 'GET', 'http://127.0.0.1:3000/health'),
        problem(502, 'OPTIONS', 'http://127.0.0.1:3000/v1/categories'),
      ].map(violationOf);

      // Assess
      for (const violation of violations)
        expect(violation).toContain('502 is the local runtime’s answer to an error outside the handler');
    });

    it('when the local server answers 417 or 501 itself, only a problem valid against Problem passes', () => {
      // Act
      const expectation = violationOf(problem(417, 'POST', 'http://127.0.0.1:3000/local/tokens'));
      const connect = violationOf(problem(501, 'CONNECT', 'http://127.0.0.1:3000/v1/categories'));
      const bare = violationOf(received({ status: 417, headers: { 'content-type': 'text/plain' }, body: '' }));

      // Assess
      expect([expectation, connect]).toEqual([undefined, undefined]);
      expect(bare).toContain('an error is an application/problem+json, not text/plain');
    });
  });

  describe('path templates', () => {
    const templates = Object.keys(JSON.parse(readFileSync(FIXTURE, 'utf8')).paths);

    it.each([
      ['/v1/inquiries/drafts', '/v1/inquiries/drafts'],
      [`/v1/inquiries/${REFERENCE}`, '/v1/inquiries/{reference}'],
      ['/v1/inquiries/tw%207k3m', '/v1/inquiries/{reference}'],
      ['/v1/review/inquiries', '/v1/review/{reference}'],
      ['/v1/other/inquiries', '/v1/{area}/inquiries'],
      ['/v1/inquiries/__proto__', '/v1/inquiries/{reference}'],
      ['/v1/inquiries/', undefined],
      ['/v1/inquiries/%FF', undefined],
      [`/v1/inquiries/${REFERENCE}/x`, undefined],
      ['/v1/__proto__', undefined],
    ])(
      'when %s is matched, it is answered by %s, in whichever order the document lists its paths',
      (path, template) => {
        // Act
        const matched = [matchTemplate(templates, path), matchTemplate(templates.toReversed(), path)];

        // Assess
        expect(matched).toEqual([template, template]);
      },
    );

    it('when a literal template and a parameter one both match, the literal one’s schema is the one checked', () => {
      // Act
      const drafts = violationOf(received({ url: 'http://127.0.0.1:3000/v1/inquiries/drafts', body: { drafts: [] } }));
      const inquiry = violationOf(
        received({ url: `http://127.0.0.1:3000/v1/inquiries/${REFERENCE}`, body: { drafts: [] } }),
      );

      // Assess
      expect(drafts).toBeUndefined();
      expect(inquiry).toContain("must have required property 'reference'");
    });

    it('when a URL holds dot segments, it is matched as the server reads it, after they are resolved', () => {
      // Act
      const violation = violationOf(received({ url: 'http://127.0.0.1:3000/v1/inquiries/../categories' }));

      // Assess
      expect(violation).toBeUndefined();
    });
  });

  describe('__proto__ wherever a name is read', () => {
    it('when __proto__ is a path segment, the method or the template, it is read as any other name', () => {
      // Act
      const segment = violationOf(problem(404, 'GET', 'http://127.0.0.1:3000/v1/__proto__'));
      const method = violationOf(received({ method: '__proto__', url: 'http://127.0.0.1:3000/v1/categories' }));
      const template = violationOf(received({ template: '__proto__' }));

      // Assess
      expect(segment).toBeUndefined();
      expect(method).toContain('the document has no __PROTO__ at this path, so it must be a 405 problem');
      expect(template).toContain('the document has no path __proto__');
    });

    it('when a body has a __proto__ key, it is held to the schema as any other key', () => {
      // Prepare
      const preferences = 'http://127.0.0.1:3000/v1/me/preferences';

      // Act
      const extraKey = violationOf(received({ body: '{"__proto__":{"polluted":true},"items":[]}' }));
      const allowed = violationOf(received({ url: preferences, body: '{"__proto__":true,"language":"ar"}' }));
      const refused = violationOf(received({ url: preferences, body: '{"__proto__":"x","language":"ar"}' }));

      // Assess
      expect(extraKey).toContain('(the body) must NOT have additional properties {"additionalProperty":"__proto__"}');
      expect(allowed).toBeUndefined();
      expect(refused).toContain('/__proto__ must be boolean');
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    });
  });

  describe('fetch responses and the openapi-fetch middleware', () => {
    it('when a fetch response is checked, its body can still be read by the test', async () => {
      // Prepare
      const request = new Request('http://127.0.0.1:3000/v1/categories');
      const response = Response.json({ items: [{ code: 'GENERAL', name: 'Gen' }] });

      // Act
      await checkFetchResponse(request, response, undefined, contract);

      // Assess
      expect(await response.json()).toEqual({ items: [{ code: 'GENERAL', name: 'Gen' }] });
    });

    it('when a client using the middleware gets a response the contract does not describe, its call rejects', async () => {
      // Prepare
      const client = createClient<Record<string, never>>({
        baseUrl: 'http://127.0.0.1:3000',
        fetch: async () => Response.json({ items: 'none' }),
      });
      client.use(contractMiddleware(contract));

      // Act
      const answer = client.request('get', '/v1/categories' as never);

      // Assess
      await expect(answer).rejects.toThrow(/GET \/v1\/categories 200 application\/json:\n {2}\/items must be array/);
    });

    it('when the middleware is given a template the document has no operation for, it says so', async () => {
      // Prepare
      const client = createClient<Record<string, never>>({
        baseUrl: 'http://127.0.0.1:3000',
        fetch: async () => new Response(null, { status: 204 }),
      });
      client.use(contractMiddleware(contract));

      // Act
      const answer = client.request('post', '/v1/categories' as never);

      // Assess
      await expect(answer).rejects.toThrow('the document has no operation POST /v1/categories');
    });
  });

  describe('loading a document', () => {
    it('when the file is missing, it fails naming the file and what writes it', () => {
      // Act
      const load = () => ResponseContract.load('/nowhere/openapi.json');

      // Assess
      expect(load).toThrow('Cannot read the API document /nowhere/openapi.json (npm run openapi writes it)');
    });

    it('when the document has no paths, it is refused', () => {
      // Act
      const build = () => new ResponseContract({ openapi: '3.1.0' });

      // Assess
      expect(build).toThrow('The API document is no OpenAPI document: it has no paths');
    });
  });
});
