import type * as v from 'valibot';
import { type ApiEvent, type ApiResult, json } from './api-event.js';
import type { ProblemCode } from './problem.js';
import { parseInput } from './validation.js';

/** Who may call a route: the groups of the signed-in caller's token. */
export type CallerRole = 'resident' | 'reviewer' | 'supervisor' | 'establishment';

/**
 * A route open to anyone asks for no token, and its handler reads none: what it answers is the
 * same for every caller and holds no one's data. The route table says so too (`caller: 'anyone'`).
 */
export const ANYONE = 'anyone';

/** A route's answer when it succeeds. */
export interface SuccessContract {
  status: 200 | 201;
  description: string;
  schema: v.GenericSchema;
  /** The answer names what it created in a `Location` header. */
  location?: true;
}

/**
 * What a route takes and answers, as the API's contract states it: the handler parses its input
 * with these very schemas, and the OpenAPI document is generated from them, so the two agree.
 * Problems implied by the route's shape (a body, a query, a path parameter, an Idempotency-Key,
 * a role) are added by the generator; `problems` lists those of the route's own rules.
 */
export interface RouteContract {
  summary: string;
  description: string;
  /** The roles a signed-in caller needs, or ANYONE for a route that asks for no sign-in at all. */
  roles: readonly [CallerRole, ...CallerRole[]] | typeof ANYONE;
  query?: v.GenericSchema;
  body?: { schema: v.GenericSchema; maxBytes: number };
  /** The route honours an `Idempotency-Key` header. */
  idempotent?: true;
  success: SuccessContract;
  problems: readonly ProblemCode[];
}

/** The contract's route takes callers without a token. */
export const isOpenToAnyone = (contract: RouteContract): boolean => contract.roles === ANYONE;

/** A feature's routes by their id in the route table; `satisfies` keeps each schema's own type for its handler. */
export type RouteContracts = Record<string, RouteContract>;

/** The route's success answer: its status and a body of its schema's type, as the contract states them. */
export const success = <C extends RouteContract>(
  contract: C,
  body: v.InferOutput<C['success']['schema']>,
  headers: Record<string, string> = {},
): ApiResult => json(contract.success.status, body, headers);

type WithBody = RouteContract & { body: NonNullable<RouteContract['body']> };
type WithQuery = RouteContract & { query: NonNullable<RouteContract['query']> };

/**
 * The request's JSON body, read with the route's own contract: handlers read their input only
 * through it (a Biome rule), so what they accept is what the OpenAPI document says.
 * @throws ValidationFailed naming every offending field
 */
export const contractBody = <C extends WithBody>(contract: C, event: ApiEvent): v.InferOutput<C['body']['schema']> =>
  parseInput(contract.body.schema, event.jsonBody);

/** The request's query parameters, read with the route's own contract. @throws ValidationFailed under `/query` */
export const contractQuery = <C extends WithQuery>(contract: C, event: ApiEvent): v.InferOutput<C['query']> =>
  parseInput(contract.query, event.queryStringParameters ?? {}, '/query');

/** The body limit the route's contract states, for the middleware that enforces it. */
export const bodyLimit = (contract: RouteContract) =>
  contract.body ? { maxBytes: contract.body.maxBytes } : undefined;
