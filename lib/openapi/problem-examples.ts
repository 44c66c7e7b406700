import { GATEWAY_PROBLEMS, PROBLEM_TYPE_BASE } from '../../functions/contract/problem-types.js';
import type { Route } from '../../functions/contract/routes.js';
import { ValidationFailed } from '../../functions/domain/shared/errors.js';
import { TEXT_LOCALES } from '../../functions/domain/shared/locale.js';
import { PROBLEM_TEXTS } from '../../functions/http/messages.js';
import { problem } from '../../functions/http/problem.js';
import type { RouteContract } from '../../functions/http/route-contract.js';
import { parseInput } from '../../functions/http/validation.js';
import type { AnsweredCode, StatusKey } from './route-problems.js';

const EXAMPLE_REQUEST_ID = 'c0a8012e-7f3b-4d5a-9e6f-0123456789ab';
export const LANGUAGE_NAMES = { ar: 'Arabic', en: 'English' } as const;

/** What failing validation on this route looks like, made by the route's own schemas. */
const validationIssues = (route: Route, contract: RouteContract) => {
  try {
    if (contract.body) parseInput(contract.body.schema, {});
    else if (contract.query) parseInput(contract.query, { limit: '0' }, '/query');
  } catch (error) {
    if (error instanceof ValidationFailed) return error.issues;
    throw error;
  }
  return route.path.includes('{reference}') ? [{ pointer: '/path/reference', code: 'invalid_reference' }] : [];
};

type Example = { summary: string; value: unknown };
type Shown = readonly [name: string, example: Example | { $ref: string }];

/**
 * The examples of the problems routes answer with, in Arabic and English as the functions write
 * them, and as API Gateway writes its own (both languages in one title). A problem whose text is
 * the same on every route is one component that each route refers to; only a validation failure,
 * which names the route's own fields, is written where it is shown.
 */
export const problemExamples = () => {
  const components = new Map<string, Example>();
  const shared = (name: string, example: () => Example) => {
    if (!components.has(name)) components.set(name, example());
    return { $ref: `#/components/examples/${name}` };
  };
  const functionExamples = (route: Route, contract: RouteContract, status: number, code: AnsweredCode): Shown[] =>
    TEXT_LOCALES.map((locale): Shown => {
      const summary = `${code} (${LANGUAGE_NAMES[locale]})`;
      const example =
        code === 'validation-failed'
          ? {
              summary,
              value: problem(code, status, locale, {
                instance: EXAMPLE_REQUEST_ID,
                issues: validationIssues(route, contract),
              }),
            }
          : shared(`problem-${code}-${locale}`, () => ({
              summary,
              value: problem(code, status, locale, { instance: EXAMPLE_REQUEST_ID }),
            }));
      return [`${code}-${locale}`, example];
    });
  const gatewayExample = (code: AnsweredCode): Shown[] => {
    const answer = GATEWAY_PROBLEMS.find((entry) => entry.code === code);
    if (!answer) return [];
    const example = shared(`gateway-${code}`, () => ({
      summary: `${code} (API Gateway)`,
      value: {
        type: `${PROBLEM_TYPE_BASE}${code}`,
        title: answer.title,
        detail: "API Gateway's own message",
        instance: EXAMPLE_REQUEST_ID,
      },
    }));
    return [[`${code}-gateway`, example]];
  };
  return {
    /** The examples of a route's answer at `status` (or a class of statuses) with one of `codes`. */
    of: (route: Route, contract: RouteContract, status: StatusKey, codes: readonly AnsweredCode[]) =>
      Object.fromEntries(
        codes.flatMap((code) =>
          /^\d+$/.test(status) && Object.hasOwn(PROBLEM_TEXTS, code)
            ? functionExamples(route, contract, Number(status), code)
            : gatewayExample(code),
        ),
      ),
    /** Every shared example referred to so far, by name, for the document's components. */
    components: () => Object.fromEntries([...components].sort(([a], [b]) => a.localeCompare(b))),
  };
};
