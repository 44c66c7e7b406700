import { PROBLEM_TYPE_BASE } from '../../functions/contract/problem-types.js';

/** An operation's answers, by status, as the document writes them. */
type Responses = Record<string, unknown>;

const PROBLEM_TYPES = new RegExp(`${PROBLEM_TYPE_BASE}([a-z-]+)`, 'g');

/** A name that says what the answer is: its status and the problem types it may be. */
const nameOf = (status: string, response: unknown): string => {
  const codes = [...JSON.stringify(response).matchAll(PROBLEM_TYPES)].map(([, code]) => code);
  return [status, ...new Set(codes)].join('-');
};

/**
 * Writes an answer that two operations or more give alike (the gateway's 401, 413, 429, 5XX and
 * the like) once under `components.responses` and points to it: the document is served from a
 * mapping template of at most 300 KB, and these repeated answers were a third of it.
 * @returns the shared answers, by name; `operations` now refer to them
 */
export const shareRepeatedResponses = (operations: readonly { responses: Responses }[]): Record<string, unknown> => {
  const uses = new Map<string, number>();
  for (const { responses } of operations)
    for (const response of Object.values(responses)) {
      const text = JSON.stringify(response);
      uses.set(text, (uses.get(text) ?? 0) + 1);
    }
  const shared: Record<string, unknown> = {};
  const names = new Map<string, string>();
  for (const operation of operations)
    for (const [status, response] of Object.entries(operation.responses)) {
      const text = JSON.stringify(response);
      if ((uses.get(text) ?? 0) < 2 || /^2/.test(status)) continue;
      let name = names.get(text);
      if (!name) {
        const base = nameOf(status, response);
        name = base;
        for (let n = 2; name in shared; n++) name = `${base}-${n}`;
        shared[name] = response;
        names.set(text, name);
      }
      operation.responses[status] = { $ref: `#/components/responses/${name}` };
    }
  return shared;
};
