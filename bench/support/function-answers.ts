/**
 * Reading what a function answered. The bench runs each function's bundle by its name, so the
 * answer's type is not known where it arrives: these narrow it, and a field read where the answer
 * has none comes back undefined (an outcome that then differs from the expected one).
 */

/** An API Gateway proxy result, as an API function answers. */
export interface ApiAnswer {
  statusCode: number;
  headers?: Record<string, string>;
  body: string;
}

export const isApiAnswer = (answer: unknown): answer is ApiAnswer =>
  typeof answer === 'object' && answer !== null && 'statusCode' in answer && typeof answer.statusCode === 'number';

/** The value at a path of property names in an answer, e.g. `fieldAt(result, 'totals', 'sent')`. */
export const fieldAt = (answer: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (value, name) =>
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined,
    answer,
  );

/** A text field the bench builds on (a reference, an id): a missing one fails, naming the field. */
export const textAt = (answer: unknown, ...path: string[]): string => {
  const value = fieldAt(answer, ...path);
  if (typeof value !== 'string')
    throw new Error(`The answer has no text at ${path.join('.')}: ${JSON.stringify(answer)}`);
  return value;
};
