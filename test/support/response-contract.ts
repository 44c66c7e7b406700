import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Middleware } from 'openapi-fetch';
import { PROJECT_ROOT } from '../../lib/aws/project-context.js';
import { matchPath } from '../../lib/local/api-gateway-event.js';
import { CONTRACT_FILES, OPERATION_METHODS } from '../../lib/openapi/contract-file-paths.js';
import { isConsolePath } from '../../web/src/console/console-paths.js';

/**
 * Checks a response the tests received against the OpenAPI document: the status is one the
 * operation lists, the content type one that status declares, the body valid against its schema,
 * and every required response header present (and every declared one valid). What does not fit
 * throws a ContractViolation, so the test that received the response fails with what differs.
 *
 * Some answers come from no operation, and are held to these rules instead:
 * - a 502 always fails: the local runtime answers it for an error outside the handler, which no
 *   contract describes (it is checked before every other rule, on every path);
 * - an OPTIONS request is the CORS preflight API Gateway answers by itself: not checked;
 * - 417, 431 and 501 are the local server's transport answers (an Expect it cannot meet, headers
 *   too large, a CONNECT), before any route is looked at: checked against the document's Problem
 *   schema only, as is an answer to bytes that were no request at all (`checkUnrouted`);
 * - the local runtime's own endpoints (LOCAL_ONLY_PATHS: `/health`, `/local/…`, `/openapi.json`,
 *   `/docs…`) exist in no deployment, and the web console's (its pages, `/config.json`,
 *   `/assets/…`) are no part of the API, so the contract leaves them out: not checked;
 * - a path no template matches is API Gateway's 404: a problem valid against Problem;
 * - a known path with a method the document lists no operation for is the resource's 405: a
 *   problem with an `Allow` header naming exactly the path's documented methods (and OPTIONS); or,
 *   since the authorizer runs before the method is looked at, a 401 problem.
 *
 * A path is matched against the templates as the local runtime's router matches it (`matchPath`:
 * `{name}` is one non-empty segment that percent-decodes, any other segment only itself, as sent); where several templates match, a literal segment wins over a parameter at the
 * first place they differ, as API Gateway picks a resource. The body of a HEAD, a 204 or a 304 is
 * not checked (none is sent); bodies of other than JSON media types are checked for their type only.
 */

const DEFAULT_DOCUMENT = join(PROJECT_ROOT, CONTRACT_FILES.document);

/** The local runtime's own endpoints: the document describes the API as deployed, without them. */
const LOCAL_ONLY_PATHS: readonly ((path: string) => boolean)[] = [
  (path) => path === '/health',
  (path) => path.startsWith('/local/'),
  (path) => path === '/openapi.json',
  (path) => path === '/docs' || path.startsWith('/docs/'),
  // The console beside the API, as CloudFront serves it deployed.
  (path) => isConsolePath(path) || path === '/config.json' || path.startsWith('/assets/'),
];

/** The local server's answers before any route is read; they carry a problem and nothing else. */
const TRANSPORT_STATUSES = [417, 431, 501];

const PROBLEM_SCHEMA = '/components/schemas/Problem';

/** How much of a body a message quotes: enough to see what came back. */
const QUOTED_BODY_CHARS = 400;

/** A response as a test received it. */
export interface ReceivedResponse {
  method: string;
  /** The URL (or path, with its query) the request was sent to. */
  url: string;
  /** The document's path template the request was made for; matched from `url` when absent. */
  template?: string;
  status: number;
  /** Looked up by lower-case name: fetch's Headers, or a Map of lower-cased names. */
  headers: { get(name: string): string | null | undefined };
  /** The body as received, as text: '' for none. */
  body: string;
}

/** A response the contract does not describe; the message says what differs. */
export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ownValue = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

const escapeToken = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');

const unescapeToken = (token: string) => token.replaceAll('~1', '/').replaceAll('~0', '~');

const pointerOf = (...tokens: string[]) => tokens.map((token) => `/${escapeToken(token)}`).join('');

/** A pointer as the fragment of a URI reference: `{`, `}` and `+` are not allowed there as they are. */
const fragmentOf = (pointer: string) => pointer.split('/').map(encodeURIComponent).join('/');

const mediaTypeOf = (contentType: string | null | undefined) => contentType?.split(';')[0]?.trim().toLowerCase();

const isJsonMediaType = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

const isParameter = (segment: string) => segment.length > 2 && segment.startsWith('{') && segment.endsWith('}');

/** Negative when `a` is the more specific: a literal segment before a parameter, at the first place they differ. */
const bySpecificity = (a: readonly string[], b: readonly string[]) => {
  for (let index = 0; index < a.length; index++) {
    const [aParameter, bParameter] = [isParameter(a[index]!), isParameter(b[index]!)];
    if (aParameter !== bParameter) return aParameter ? 1 : -1;
  }
  return 0;
};

/** The template a path is answered by, or undefined when none matches it. */
export const matchTemplate = (templates: readonly string[], path: string): string | undefined => {
  return templates
    .map((template) => ({ template, segments: template.split('/') }))
    .filter((candidate) => matchPath(candidate.template, path) !== undefined)
    .sort((a, b) => bySpecificity(a.segments, b.segments))[0]?.template;
};

const describeErrors = (errors: readonly ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .map(
      (error) =>
        `  ${error.instancePath || '(the body)'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`,
    )
    .join('\n');

/**
 * The document with every object schema that leaves its other properties open closed: the
 * published contract lets answers gain fields (clients ignore what they do not know), but what
 * the tests receive must be exactly what it describes, so a field no schema names fails the test.
 */
const withClosedObjects = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(withClosedObjects);
  if (!isObject(node)) return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withClosedObjects(value)]));
  const opensObject =
    copy.type === 'object' && isObject(copy.properties) && !Object.hasOwn(copy, 'additionalProperties');
  return opensObject ? { ...copy, additionalProperties: false } : copy;
};

const quote = (body: string) =>
  body.length > QUOTED_BODY_CHARS ? `${body.slice(0, QUOTED_BODY_CHARS)}… (${body.length} chars)` : body;

/** One OpenAPI 3.1 document, compiled once, checking the responses the tests receive. */
export class ResponseContract {
  readonly #document: Json;
  readonly #bodies: Ajv2020;
  readonly #headers: Ajv2020;
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(document: unknown) {
    if (!isObject(document) || !isObject(ownValue(document, 'paths')))
      throw new Error('The API document is no OpenAPI document: it has no paths');
    this.#document = document;
    this.#bodies = this.#compiler({});
    this.#headers = this.#compiler({ coerceTypes: true });
  }

  /** The document at `path`: by default the committed contract. */
  static load(path = DEFAULT_DOCUMENT): ResponseContract {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (cause) {
      throw new Error(`Cannot read the API document ${path} (npm run openapi writes it)`, { cause });
    }
    try {
      return new ResponseContract(JSON.parse(text));
    } catch (cause) {
      throw new Error(`The API document ${path} cannot be read as OpenAPI`, { cause });
    }
  }

  /** Throws a ContractViolation when the contract does not describe `received`. */
  check(received: ReceivedResponse): void {
    const method = received.method.toUpperCase();
    const path = new URL(received.url, 'http://localhost').pathname;
    const fail = (why: string): never => {
      throw new ContractViolation(
        `${method} ${received.url} → ${received.status}: ${why}\nbody: ${quote(received.body) || '(none)'}`,
      );
    };
    if (received.status === 502)
      fail('502 is the local runtime’s answer to an error outside the handler, which no contract describes');
    if (method === 'OPTIONS') return;
    if (TRANSPORT_STATUSES.includes(received.status)) this.#checkProblem(received, method, fail);
    else if (received.template !== undefined || !LOCAL_ONLY_PATHS.some((isLocal) => isLocal(path)))
      this.#checkRoute(received, method, path, fail);
  }

  /** Throws a ContractViolation unless `received`, an answer to bytes that were no request, is a problem. */
  checkUnrouted(received: Omit<ReceivedResponse, 'method' | 'url'>): void {
    const fail = (why: string): never => {
      throw new ContractViolation(
        `(no request) → ${received.status}: ${why}\nbody: ${quote(received.body) || '(none)'}`,
      );
    };
    if (received.status === 502) fail('502 is the local runtime’s answer to an error outside the handler');
    this.#checkProblem({ ...received, method: 'GET', url: '/' }, 'GET', fail);
  }

  /** A response at a path of the API: its operation's, the 404 of no path, or the 405 of another method. */
  #checkRoute(received: ReceivedResponse, method: string, path: string, fail: (why: string) => never) {
    const template = received.template ?? matchTemplate(Object.keys(this.#document.paths as Json), path);
    if (template === undefined) {
      if (received.status !== 404) fail('no path of the document matches it, so it must be a 404 problem');
      return this.#checkProblem(received, method, fail);
    }
    const pathItem = this.#resolve(pointerOf('paths', template));
    if (!pathItem) return fail(`the document has no path ${template}`);
    const operation = this.#resolve(`${pathItem.pointer}${pointerOf(method.toLowerCase())}`);
    if (operation) return this.#checkOperation(received, method, `${method} ${template}`, operation.pointer, fail);
    if (received.template !== undefined) fail(`the document has no operation ${method} ${template}`);
    this.#checkOtherMethod(received, method, pathItem.value, fail);
  }

  #compiler(options: { coerceTypes?: boolean }): Ajv2020 {
    // The document is registered as one schema, so its OpenAPI keywords must not be taken for mistakes.
    const ajv = new Ajv2020({ allErrors: true, strict: false, ...options });
    addFormats.default(ajv);
    ajv.addSchema(withClosedObjects(this.#document) as Json, 'openapi.json');
    return ajv;
  }

  /** The object at `pointer`, through every local `$ref`, with the pointer it was found at. */
  #resolve(pointer: string): { pointer: string; value: Json } | undefined {
    const seen = new Set<string>();
    for (let at = pointer; ; ) {
      if (seen.has(at)) throw new Error(`The API document's $ref at ${pointer} loops`);
      seen.add(at);
      let value: unknown = this.#document;
      for (const token of at.split('/').slice(1).map(unescapeToken))
        value = isObject(value) ? ownValue(value, token) : undefined;
      if (!isObject(value)) return undefined;
      const ref = ownValue(value, '$ref');
      if (typeof ref !== 'string') return { pointer: at, value };
      if (!ref.startsWith('#/')) throw new Error(`The API document's $ref ${ref} at ${at} is not local`);
      at = ref.slice(1).split('/').map(decodeURIComponent).join('/');
    }
  }

  /**
   * The validator of the schema at `pointer`, compiled once: a body is validated as parsed, a
   * header value as the string it is sent as, coerced to its schema's type (OpenAPI's simple style).
   */
  #validator(of: 'body' | 'header', pointer: string): ValidateFunction {
    const key = `${of} ${pointer}`;
    let validate = this.#validators.get(key);
    if (!validate) {
      const schema = { $ref: `openapi.json#${fragmentOf(pointer)}` };
      validate =
        of === 'body'
          ? this.#bodies.compile(schema)
          : this.#headers.compile({ type: 'object', properties: { value: schema } });
      this.#validators.set(key, validate);
    }
    return validate;
  }

  #checkOperation(
    received: ReceivedResponse,
    method: string,
    operationName: string,
    operationPointer: string,
    fail: (why: string) => never,
  ) {
    const responses = this.#resolve(`${operationPointer}/responses`);
    const documented = Object.keys(responses?.value ?? {});
    const status = String(received.status);
    const key = [status, `${status[0]}XX`, 'default'].find((candidate) => documented.includes(candidate));
    if (!responses || key === undefined)
      return fail(`${operationName} lists no ${status}; it lists ${documented.join(', ') || 'no status'}`);
    const response = this.#resolve(`${responses.pointer}${pointerOf(key)}`);
    if (!response) return fail(`${operationName} ${key} is no response object`);
    this.#checkHeaders(received, response.pointer, `${operationName} ${key}`, fail);
    this.#checkContent(received, method, response.pointer, `${operationName} ${key}`, fail);
  }

  #checkHeaders(received: ReceivedResponse, responsePointer: string, name: string, fail: (why: string) => never) {
    const declared = this.#resolve(`${responsePointer}/headers`);
    const problems: string[] = [];
    for (const header of Object.keys(declared?.value ?? {})) {
      // OpenAPI ignores a declared Content-Type header: the media types say it.
      if (header.toLowerCase() === 'content-type') continue;
      const definition = this.#resolve(`${declared!.pointer}${pointerOf(header)}`);
      const value = received.headers.get(header.toLowerCase());
      if (value === null || value === undefined) {
        if (definition?.value.required === true) problems.push(`the required header ${header} is missing`);
        continue;
      }
      if (!definition || !isObject(ownValue(definition.value, 'schema'))) continue;
      const schemaPointer = `${definition.pointer}/schema`;
      const validate = this.#validator('header', schemaPointer);
      if (!validate({ value }))
        problems.push(
          `the header ${header}: ${JSON.stringify(value)} is not valid:\n${describeErrors(validate.errors)}`,
        );
    }
    if (problems.length) fail(`${name}: ${problems.join('; ')}`);
  }

  #checkContent(
    received: ReceivedResponse,
    method: string,
    responsePointer: string,
    name: string,
    fail: (why: string) => never,
  ) {
    const content = this.#resolve(`${responsePointer}/content`);
    const declared = Object.keys(content?.value ?? {});
    const mediaType = mediaTypeOf(received.headers.get('content-type'));
    if (declared.length === 0) {
      if (received.body !== '' || mediaType)
        fail(`${name} declares no body, but one came (${mediaType ?? 'no content type'})`);
      return;
    }
    if (!mediaType) return fail(`${name} declares ${declared.join(', ')}, but the response has no content type`);
    const [type] = mediaType.split('/');
    const key = [mediaType, `${type}/*`, '*/*']
      .map((candidate) => declared.find((media) => media.toLowerCase() === candidate))
      .find((media) => media !== undefined);
    if (key === undefined) return fail(`${name} declares ${declared.join(', ')}, not ${mediaType}`);
    if (method === 'HEAD' || received.status === 204 || received.status === 304 || !isJsonMediaType(mediaType)) return;
    const mediaObject = this.#resolve(`${content!.pointer}${pointerOf(key)}`);
    if (!mediaObject || !isObject(ownValue(mediaObject.value, 'schema'))) return;
    this.#checkJsonBody(received, `${mediaObject.pointer}/schema`, `${name} ${key}`, fail);
  }

  #checkJsonBody(received: ReceivedResponse, schemaPointer: string, name: string, fail: (why: string) => never) {
    let body: unknown;
    try {
      body = JSON.parse(received.body);
    } catch (cause) {
      throw new ContractViolation(
        `${received.method} ${received.url} → ${received.status}: ${name}: the body is not JSON`,
        {
          cause,
        },
      );
    }
    const validate = this.#validator('body', schemaPointer);
    if (!validate(body)) fail(`the body does not match ${name}:\n${describeErrors(validate.errors)}`);
  }

  /** A problem outside every operation: a problem media type, a body valid against the document's Problem. */
  #checkProblem(received: ReceivedResponse, method: string, fail: (why: string) => never) {
    const mediaType = mediaTypeOf(received.headers.get('content-type'));
    if (mediaType !== 'application/problem+json')
      fail(`outside every operation an error is an application/problem+json, not ${mediaType ?? 'no content type'}`);
    if (!this.#resolve(PROBLEM_SCHEMA)) fail(`the document has no ${PROBLEM_SCHEMA}`);
    if (method === 'HEAD') return;
    this.#checkJsonBody(received, PROBLEM_SCHEMA, 'Problem', fail);
  }

  /** A method the path takes no operation for: the resource's 405 with its methods, or the authorizer's 401. */
  #checkOtherMethod(received: ReceivedResponse, method: string, pathItem: Json, fail: (why: string) => never) {
    if (received.status !== 405 && received.status !== 401)
      fail(`the document has no ${method} at this path, so it must be a 405 problem (or a 401 before it)`);
    this.#checkProblem(received, method, fail);
    if (received.status === 401) return;
    const documented = OPERATION_METHODS.filter((name) => Object.hasOwn(pathItem, name)).map((name) =>
      name.toUpperCase(),
    );
    const expected = new Set([...documented, 'OPTIONS']);
    const allowed = new Set(
      (received.headers.get('allow') ?? '')
        .split(',')
        .map((name) => name.trim().toUpperCase())
        .filter(Boolean),
    );
    if (allowed.size === 0) fail('a 405 must say in an Allow header which methods the path takes');
    const missing = [...expected].filter((name) => !allowed.has(name));
    const extra = [...allowed].filter((name) => !expected.has(name));
    if (missing.length || extra.length)
      fail(
        `the Allow header names ${[...allowed].join(', ')}, the document ${[...expected].join(', ')}` +
          (missing.length ? `; missing ${missing.join(', ')}` : '') +
          (extra.length ? `; not documented ${extra.join(', ')}` : ''),
      );
  }
}

let committed: ResponseContract | undefined;

/** The committed document, read once, at the first response checked. */
export const committedContract = (): ResponseContract => {
  committed ??= ResponseContract.load();
  return committed;
};

/** Checks `received` against the committed document. */
export const checkResponse = (received: ReceivedResponse): void => committedContract().check(received);

/** Checks what fetch answered to `request`, reading a copy of the body so the caller can still read it. */
export const checkFetchResponse = async (
  request: Request,
  response: Response,
  template?: string,
  contract?: ResponseContract,
): Promise<void> => {
  const received = {
    method: request.method,
    url: request.url,
    template,
    status: response.status,
    headers: response.headers,
    body: await response.clone().text(),
  };
  if (contract) contract.check(received);
  else checkResponse(received);
};

/** An openapi-fetch middleware checking every response against `contract` (the committed document by default). */
export const contractMiddleware = (contract?: ResponseContract): Middleware => ({
  onResponse: async ({ request, response, schemaPath }) => {
    await checkFetchResponse(request, response, schemaPath, contract);
  },
});
