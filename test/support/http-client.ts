import { checkResponse } from './response-contract.js';

/**
 * A thin fetch wrapper for end-to-end tests: JSON in, status + headers + parsed body out. Every
 * response is first checked against the API document, so one it does not describe fails the test
 * that received it, whatever that test asserts.
 */
export const call = async (
  url: string,
  options: { method?: string; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
) => {
  const headers: Record<string, string> = { 'accept-language': 'en', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  const method = options.method ?? (options.body !== undefined || options.rawBody !== undefined ? 'POST' : 'GET');
  const response = await fetch(url, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  checkResponse({ method, url, status: response.status, headers: response.headers, body: text });
  // biome-ignore lint/suspicious/noExplicitAny: tests read an answer's JSON by the paths they assert on; the body's shape is what they test, so it is not typed ahead of them
  let body: any;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
};

export const residentToken = async (baseUrl: string, sub: string, iqamaNumber = '2000000006') => {
  const { status, body } = await call(`${baseUrl}/local/tokens`, {
    body: { role: 'resident', sub, iqamaNumber, phone: '+966500000001', locale: 'en' },
  });
  if (status !== 201) throw new Error(`token request failed: ${status} ${JSON.stringify(body)}`);
  return body.token as string;
};
