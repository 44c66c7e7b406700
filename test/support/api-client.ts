import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from '../../functions/contract/openapi-types.js';
import { contractMiddleware } from './response-contract.js';

/**
 * A client of the API typed by the generated contract (functions/contract/openapi-types.d.ts): a
 * path, a body field or a response field the contract does not describe, a parameter of the wrong
 * type or a required one left out does not compile. (openapi-fetch infers its options, so an extra
 * query or path parameter is not always caught.)
 */
export type ApiClient = Client<paths>;

/** A schema the contract names, e.g. `Schema<'InquiryDetail'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The JSON body an operation takes, as the contract describes it. */
export type RequestBody<Operation extends keyof operations> = operations[Operation] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** What every client made here runs on each answer it receives: the check against the contract, so no test can leave it out. */
const RESPONSE_CHECKS: readonly Middleware[] = [contractMiddleware()];

/**
 * A client for the API at `baseUrl`, asking for English texts (a request's own `Accept-Language`
 * takes over), and signed in with `token` as a bearer when one is given.
 */
export const apiClient = (baseUrl: string, token?: string): ApiClient => {
  const client = createClient<paths>({
    baseUrl,
    headers: { 'accept-language': 'en', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
  });
  client.use(...RESPONSE_CHECKS);
  return client;
};

/**
 * The body of an answer that succeeded. Any other answer throws with its status and problem, so a
 * test's preparation stops where it went wrong rather than at a later assertion on `undefined`.
 */
export const succeeded = async <Data>(
  answer: Promise<{ data?: Data; error?: unknown; response: Response }>,
): Promise<Data> => {
  const { data, error, response } = await answer;
  if (data === undefined) {
    throw new Error(`${response.url} answered ${response.status}: ${JSON.stringify(error)}`);
  }
  return data;
};
