import http, { type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';

/**
 * Records what leaves the process for the local AWS stand-ins: which operation on which table,
 * bucket or service, and how many bytes went each way. The bench compares a function's record with
 * its baseline's to check that the two make the same calls. It wraps `http.request`, which the SDK's
 * Node handler looks up when a client first sends, so it must be installed before any bundle runs;
 * while not recording it only passes calls through.
 */

export interface WireCall {
  service: string;
  operation: string;
  /** Table (and index), the items of a transaction, or the bucket; empty where the service has none. */
  target: string;
  requestBytes: number;
  /** From the answer's content-length; undefined when it was streamed without one. */
  responseBytes?: number;
}

let recording: WireCall[] | undefined;
let pending: Promise<void>[] = [];
const services = new Map<string, string>();

/** The parts of a DynamoDB request (its JSON wire form) that name what it reads or writes. */
interface DynamoDbRequest {
  TableName?: string;
  IndexName?: string;
  /** Each item one action (`Put`, `Update`, …) on a table. */
  TransactItems?: Record<string, { TableName: string }>[];
}

const dynamodbTarget = (body: DynamoDbRequest): string => {
  if (Array.isArray(body.TransactItems)) {
    return body.TransactItems.map((item) => {
      const [kind, action] = Object.entries(item)[0]!;
      return `${kind}:${action.TableName}`;
    }).join(',');
  }
  return [body.TableName, body.IndexName].filter(Boolean).join('/');
};

const s3Operation = (method: string, url: URL, headers: Record<string, unknown>) => {
  const named = url.searchParams.get('x-id');
  if (named) return named + (headers.range ? '(range)' : '');
  if (url.searchParams.has('tagging')) return `${method === 'GET' ? 'Get' : 'Put'}ObjectTagging`;
  return { HEAD: 'HeadObject', GET: 'GetObject', PUT: 'PutObject', DELETE: 'DeleteObject' }[method] ?? method;
};

const identify = (
  service: string,
  options: RequestOptions,
  body: string,
): Omit<WireCall, 'requestBytes' | 'responseBytes'> => {
  const headers = Object.fromEntries(
    Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const target = String(headers['x-amz-target'] ?? '');
  if (service === 'dynamodb')
    return { service, operation: target.split('.')[1] ?? '?', target: dynamodbTarget(JSON.parse(body || '{}')) };
  if (service === 'sfn') return { service, operation: target.split('.')[1] ?? '?', target: '' };
  if (service === 'sns') return { service, operation: new URLSearchParams(body).get('Action') ?? '?', target: '' };
  const url = new URL(options.path ?? '/', 'http://s3');
  return {
    service,
    operation: s3Operation(options.method ?? 'GET', url, headers),
    target: decodeURIComponent(url.pathname.split('/')[1] ?? ''),
  };
};

const observe = (request: ClientRequest, options: RequestOptions, calls: WireCall[]) => {
  const service = services.get(`${options.host ?? options.hostname}:${options.port}`);
  if (!service) return;
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
  };
  const write = request.write.bind(request) as (...args: unknown[]) => boolean;
  const end = request.end.bind(request) as (...args: unknown[]) => ClientRequest;
  request.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return write(chunk, ...rest);
  }) as ClientRequest['write'];
  request.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return end(chunk, ...rest);
  }) as ClientRequest['end'];
  pending.push(
    new Promise<void>((resolve) => {
      request.once('response', (response: IncomingMessage) => {
        const body = Buffer.concat(chunks);
        const length = response.headers['content-length'];
        calls.push({
          ...identify(service, options, body.toString('utf8')),
          requestBytes: body.byteLength,
          responseBytes: length === undefined ? undefined : Number(length),
        });
        resolve();
      });
      request.once('error', () => resolve());
    }),
  );
};

let installed = false;

/** Installs the recorder for the given stand-ins (service name → endpoint URL); again, it only adds endpoints. */
export const installWireRecorder = (endpoints: Record<string, string>) => {
  for (const [service, endpoint] of Object.entries(endpoints)) services.set(new URL(endpoint).host, service);
  if (installed) return;
  installed = true;
  const original = http.request;
  http.request = function (this: unknown, ...args: Parameters<typeof http.request>) {
    const request = original.apply(this, args);
    if (recording && typeof args[0] === 'object' && !(args[0] instanceof URL)) observe(request, args[0], recording);
    return request;
  } as typeof http.request;
};

export const startRecording = () => {
  recording = [];
  pending = [];
};

export const stopRecording = async (): Promise<WireCall[]> => {
  const calls = recording ?? [];
  await Promise.all(pending);
  recording = undefined;
  return calls;
};
