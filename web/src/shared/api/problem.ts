import type { Schema } from './api-client.js';

export type Problem = Schema<'Problem'>;

/** What a failed call shows: the API's problem, or one the console words itself when none came back. */
export interface CallFailure {
  /** 0 when no answer came at all. */
  status: number;
  problem?: Problem;
  cause?: unknown;
}

const isProblem = (body: unknown): body is Problem =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as Problem).type === 'string' &&
  typeof (body as Problem).title === 'string' &&
  typeof (body as Problem).detail === 'string';

export const failureOf = (status: number, body: unknown): CallFailure =>
  isProblem(body) ? { status, problem: body } : { status };

/** The problem type's last part: `urn:tawasul:problem:validation-failed` → `validation-failed`. */
export const problemCode = (failure: CallFailure): string | undefined => failure.problem?.type.split(':').at(-1);

/**
 * The problem's errors by the field they name, as the API writes it with dots (`passport.number`,
 * `query.status`), the first error of each field only.
 */
export const fieldErrors = (failure: CallFailure | undefined): ReadonlyMap<string, string> => {
  const errors = new Map<string, string>();
  for (const error of failure?.problem?.errors ?? [])
    if (!errors.has(error.field)) errors.set(error.field, error.detail);
  return errors;
};
