import { z } from 'zod';
import { type FieldIssue, ValidationFailed } from '../core/errors.js';

const escapePointerSegment = (segment: PropertyKey) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
const pointerOf = (base: string, path: readonly PropertyKey[]) => base + path.map((s) => `/${escapePointerSegment(s)}`).join('');

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);

const toFieldIssues = (issue: z.core.$ZodIssue, input: unknown, base: string): FieldIssue[] => {
  const pointer = pointerOf(base, issue.path);
  if (issue.code !== 'unrecognized_keys' && valueAt(input, issue.path) === undefined) return [{ pointer, code: 'required' }];
  switch (issue.code) {
    case 'invalid_type':
      return [{ pointer, code: 'invalid_type', params: { expected: issue.expected } }];
    case 'too_small':
      return [{ pointer, code: issue.origin === 'string' ? 'too_short' : 'too_small', params: { minimum: Number(issue.minimum) } }];
    case 'too_big':
      return [{ pointer, code: issue.origin === 'string' ? 'too_long' : 'too_big', params: { maximum: Number(issue.maximum) } }];
    case 'invalid_value':
      return [{ pointer, code: 'not_allowed_value', params: { allowed: issue.values.map(String).join(', ') } }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ pointer: pointerOf(base, [...issue.path, key]), code: 'unknown_field' }));
    case 'custom':
      return [{ pointer, code: typeof issue.params?.code === 'string' ? issue.params.code : 'invalid' }];
    default:
      return [{ pointer, code: 'invalid' }];
  }
};

/**
 * Parses `input` with `schema` or throws ValidationFailed naming every offending field as a JSON
 * Pointer under `base` (`''` for the body, `/query` for query parameters, …).
 */
export const parseInput = <T extends z.ZodType>(schema: T, input: unknown, base = ''): z.output<T> => {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationFailed(result.error.issues.flatMap((issue) => toFieldIssues(issue, input, base)), { cause: result.error });
};

// C0/C1 controls other than tab, line feed and carriage return have no place in a person's text.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Free text measured in Unicode code points (an emoji is one character, not two UTF-16 units),
 * refused when it holds lone surrogates or control characters. Stored exactly as sent.
 */
export const text = (limits: { min: number; max: number }) =>
  z.string().superRefine((value, ctx) => {
    if (!value.isWellFormed() || CONTROL_CHARACTERS.test(value)) {
      ctx.addIssue({ code: 'custom', params: { code: 'malformed_text' }, input: value });
      return;
    }
    const length = [...value.trim()].length;
    if (length < limits.min) {
      ctx.addIssue({ code: 'too_small', origin: 'string', minimum: limits.min, inclusive: true, input: value });
    } else if ([...value].length > limits.max) {
      ctx.addIssue({ code: 'too_big', origin: 'string', maximum: limits.max, inclusive: true, input: value });
    }
  });
