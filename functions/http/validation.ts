import * as v from 'valibot';
import { isCalendarDate } from '../domain/shared/calendar-date.js';
import { type FieldIssue, ValidationFailed } from '../domain/shared/errors.js';

const escapePointerSegment = (segment: unknown) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
const pointerOf = (base: string, path: readonly unknown[]) =>
  base + path.map((s) => `/${escapePointerSegment(s)}`).join('');

// Own properties only: a key such as `constructor` that the input lacks must read as missing.
const valueAt = (input: unknown, path: readonly unknown[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' && Object.hasOwn(value, String(key))
        ? (value as Record<string, unknown>)[String(key)]
        : undefined,
    input,
  );

// valibot writes a picklist's values as `("A" | "B")`.
const allowedValues = (expected: string | null) => (expected ?? '').replace(/["()]/g, '').split(' | ').join(', ');

/** Issue codes a schema may raise through `v.check`/`v.rawCheck` messages; each has localized text. */
const CUSTOM_CODES = new Set([
  'malformed_text',
  'too_short',
  'too_long',
  'invalid_idempotency_key',
  'invalid_reference',
  'invalid_date',
  'expiry_not_after_issue',
  'employer_of_dependent',
  'window_ends_before_start',
  'window_too_long',
  'window_out_of_range',
  'invalid',
]);

const toFieldIssue = (issue: v.BaseIssue<unknown>, input: unknown, base: string): FieldIssue => {
  const path = (issue.path ?? []).map((item) => item.key);
  const pointer = pointerOf(base, path);
  // A strict object reports both a missing key (expecting the key) and an unknown one (expecting never).
  if (issue.type === 'strict_object' && issue.expected === 'never') return { pointer, code: 'unknown_field' };
  if (path.length > 0 && valueAt(input, path) === undefined) return { pointer, code: 'required' };
  const isText = typeof issue.input === 'string';
  switch (issue.type) {
    case 'picklist':
    case 'literal':
    case 'variant':
      return { pointer, code: 'not_allowed_value', params: { allowed: allowedValues(issue.expected) } };
    case 'min_length':
      return { pointer, code: isText ? 'too_short' : 'too_small', params: { minimum: Number(issue.requirement) } };
    case 'max_length':
      return { pointer, code: isText ? 'too_long' : 'too_big', params: { maximum: Number(issue.requirement) } };
    case 'min_value':
      return { pointer, code: 'too_small', params: { minimum: Number(issue.requirement) } };
    case 'max_value':
      return { pointer, code: 'too_big', params: { maximum: Number(issue.requirement) } };
    case 'digits':
    case 'integer':
      return { pointer, code: 'invalid_type', params: { expected: 'integer' } };
    case 'check':
    case 'raw_check':
    case 'regex': {
      const code = CUSTOM_CODES.has(issue.message) ? issue.message : 'invalid';
      const bound = Number(issue.expected);
      if (code === 'too_short') return { pointer, code, params: { minimum: bound } };
      if (code === 'too_long') return { pointer, code, params: { maximum: bound } };
      return { pointer, code };
    }
    default:
      return issue.kind === 'schema'
        ? { pointer, code: 'invalid_type', params: { expected: issue.expected ?? 'value' } }
        : { pointer, code: 'invalid' };
  }
};

/**
 * Parses `input` with `schema` or throws ValidationFailed naming every offending field as a JSON
 * Pointer under `base` (`''` for the body, `/query` for query parameters, …).
 */
export const parseInput = <S extends v.GenericSchema>(schema: S, input: unknown, base = ''): v.InferOutput<S> => {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  throw new ValidationFailed(
    result.issues.map((issue) => toFieldIssue(issue, input, base)),
    { cause: new v.ValiError(result.issues) },
  );
};

// C0/C1 controls other than tab, line feed and carriage return have no place in a person's text.
const CONTROL_CHARACTERS = /(?![\t\n\r])\p{Cc}/u;

/**
 * Free text measured in Unicode code points (an emoji is one character, not two UTF-16 units),
 * refused when it holds lone surrogates or control characters. Stored exactly as sent.
 */
export const text = (limits: { min: number; max: number }) =>
  v.pipe(
    v.string(),
    // What the check below enforces, told to the API contract (JSON Schema counts code points too).
    v.metadata({
      minLength: limits.min,
      maxLength: limits.max,
      description: `${limits.min}–${limits.max} Unicode code points (the minimum not counting leading and trailing spaces); no control characters other than tab and line breaks.`,
    }),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const value = dataset.value;
      if (!value.isWellFormed() || CONTROL_CHARACTERS.test(value)) addIssue({ message: 'malformed_text' });
      else if ([...value.trim()].length < limits.min) addIssue({ message: 'too_short', expected: String(limits.min) });
      else if ([...value].length > limits.max) addIssue({ message: 'too_long', expected: String(limits.max) });
    }),
  );

/** A real Gregorian date written YYYY-MM-DD; 2027-02-29 is refused rather than read as March 1st. */
export const calendarDate = () =>
  v.pipe(v.string(), v.metadata({ format: 'date' }), v.check(isCalendarDate, 'invalid_date'));

/** An opaque identifier the service handed out: Latin letters, digits, - and _. */
export const identifier = () => v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid'));
