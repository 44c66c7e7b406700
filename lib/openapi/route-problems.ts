import type { Route } from '../../functions/contract/routes.js';
import { type ProblemCode, statusOf } from '../../functions/http/problem.js';
import type { RouteContract } from '../../functions/http/route-contract.js';

/** Problems that only API Gateway answers with, before or instead of a function. */
const GATEWAY_STATUSES = { throttled: 429, internal: 500 } as const;
type GatewayCode = keyof typeof GATEWAY_STATUSES;

export type AnsweredCode = ProblemCode | GatewayCode;

const statusOfCode = (code: AnsweredCode): number => {
  const status = code in GATEWAY_STATUSES ? GATEWAY_STATUSES[code as GatewayCode] : statusOf(code);
  if (status === undefined) throw new Error(`The problem ${code} has no status`);
  return status;
};

/**
 * Every problem a route can answer with, by status: those its shape implies (sign-in, role, input,
 * body, Idempotency-Key), and those of its own rules. Derived, not listed, so a route that gains
 * a body or a key gains their problems in the contract too.
 */
export const routeProblems = (route: Route, contract: RouteContract): Map<number, AnsweredCode[]> => {
  const hasPathParameters = route.path.includes('{');
  const codes = new Set<AnsweredCode>([
    // API Gateway's own answers on every route: no or a bad token, a refused one, a malformed
    // request, throttling, and its failures.
    'unauthenticated',
    'forbidden',
    'bad-request',
    'throttled',
    'internal',
    ...(contract.query || contract.body || contract.idempotent || hasPathParameters
      ? (['validation-failed'] as const)
      : []),
    ...(contract.body ? (['malformed-json', 'payload-too-large', 'unsupported-media-type'] as const) : []),
    ...(contract.idempotent ? (['idempotency-key-reused', 'concurrent-change'] as const) : []),
    ...contract.problems,
  ]);
  const byStatus = new Map<number, AnsweredCode[]>();
  for (const code of [...codes].sort()) {
    const status = statusOfCode(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b));
};
