import { GATEWAY_PROBLEMS } from '../../functions/contract/problem-types.js';
import type { Route } from '../../functions/contract/routes.js';
import { type ProblemCode, statusOf } from '../../functions/http/problem.js';
import { isOpenToAnyone, type RouteContract } from '../../functions/http/route-contract.js';

type GatewayCode = (typeof GATEWAY_PROBLEMS)[number]['code'];

/** A problem the API may answer with: a function's, or API Gateway's own. */
export type AnsweredCode = ProblemCode | GatewayCode | 'internal';

/** A response's key in the document: a status, or a class of them (`4XX`) for what the gateway answers with any. */
export type StatusKey = `${number}` | '4XX' | '5XX';

const functionStatusOf = (code: ProblemCode | 'internal'): StatusKey => {
  // A function's own failure is a 500; every other problem it knows has its status.
  const status = code === 'internal' ? 500 : statusOf(code);
  if (status === undefined) throw new Error(`The problem ${code} has no status`);
  return `${status}`;
};

// In order of status, a class after the statuses it holds: 429, 4XX, 500, 5XX.
const rankOf = (key: StatusKey) => (/^\d+$/.test(key) ? Number(key) : Number(key[0]) * 100 + 99.5);
const byKey = ([a]: [StatusKey, unknown], [b]: [StatusKey, unknown]) => rankOf(a) - rankOf(b);

/**
 * Every problem a route can answer with, by status: API Gateway's own on every route (sign-in,
 * firewall, throttling, its refusals and failures), those the route's shape implies (input, body,
 * Idempotency-Key), and those of its own rules. Derived, not listed, so a route that gains a body
 * or a key gains their problems in the contract too.
 */
export const routeProblems = (route: Route, contract: RouteContract): Map<StatusKey, AnsweredCode[]> => {
  const hasPathParameters = route.path.includes('{');
  // Without an authorizer nobody is refused a sign-in, by API Gateway or by the function.
  const openToAnyone = isOpenToAnyone(contract);
  const refusesSignIn = (code: AnsweredCode) => openToAnyone && (code === 'unauthenticated' || code === 'forbidden');
  const ownCodes = new Set<ProblemCode | 'internal'>([
    // A function checks the caller's identity and role too, and may fail.
    'unauthenticated',
    'forbidden',
    'internal',
    ...(contract.query || contract.body || contract.idempotent || hasPathParameters
      ? (['validation-failed'] as const)
      : []),
    ...(contract.body ? (['malformed-json', 'payload-too-large', 'unsupported-media-type'] as const) : []),
    ...(contract.idempotent ? (['idempotency-key-reused', 'concurrent-change'] as const) : []),
    ...contract.problems,
  ]);
  const answers: [StatusKey, AnsweredCode][] = [
    ...GATEWAY_PROBLEMS.filter(
      ({ code }) => (code !== 'payload-too-large' || contract.body) && !refusesSignIn(code),
    ).map(({ status, code }) => [status, code] as [StatusKey, AnsweredCode]),
    ...[...ownCodes]
      .filter((code) => !refusesSignIn(code))
      .map((code) => [functionStatusOf(code), code] as [StatusKey, AnsweredCode]),
  ];
  const byStatus = new Map<StatusKey, AnsweredCode[]>();
  for (const [status, code] of answers) {
    const codes = byStatus.get(status) ?? [];
    if (!codes.includes(code)) byStatus.set(status, [...codes, code].sort());
  }
  return new Map([...byStatus].sort(byKey));
};
