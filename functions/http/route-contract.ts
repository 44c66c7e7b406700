import type * as v from 'valibot';
import { type ApiResult, json } from './api-event.js';
import type { ProblemCode } from './problem.js';

/** Who may call a route: the groups of the signed-in caller's token. */
export type CallerRole = 'resident' | 'reviewer';

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
  roles: readonly [CallerRole, ...CallerRole[]];
  query?: v.GenericSchema;
  body?: { schema: v.GenericSchema; maxBytes: number };
  /** The route honours an `Idempotency-Key` header. */
  idempotent?: true;
  success: SuccessContract;
  problems: readonly ProblemCode[];
}

/** A feature's routes by their id in the route table; `satisfies` keeps each schema's own type for its handler. */
export type RouteContracts = Record<string, RouteContract>;

/** The route's success answer: its status and a body of its schema's type, as the contract states them. */
export const success = <C extends RouteContract>(
  contract: C,
  body: v.InferOutput<C['success']['schema']>,
  headers: Record<string, string> = {},
): ApiResult => json(contract.success.status, body, headers);
