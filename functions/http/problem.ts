import type { APIGatewayProxyResult } from 'aws-lambda';
import * as v from 'valibot';
import { PROBLEM_TYPE_BASE } from '../contract/problem-types.js';
import type { FieldIssue } from '../domain/shared/errors.js';
import type { TextLocale } from '../domain/shared/locale.js';
import { required } from '../domain/shared/required.js';
import { FIELD_MESSAGES, PROBLEM_TEXTS } from './messages.js';

/** The HTTP status of each problem a function answers with; anything not listed is a 500. */
const STATUS_BY_CODE = {
  'bad-request': 400,
  'validation-failed': 400,
  'malformed-json': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'inquiry-not-found': 404,
  'attachment-not-found': 404,
  'dependent-not-found': 404,
  'employee-not-found': 404,
  'bulk-request-not-found': 404,
  'attachment-limit-reached': 409,
  'concurrent-change': 409,
  'newer-passport-held': 409,
  'transition-not-allowed': 409,
  'second-reviewer-required': 409,
  'appeal-window-closed': 409,
  'already-rated': 409,
  'rating-window-closed': 409,
  'attachment-too-large': 413,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'idempotency-key-reused': 422,
} as const satisfies Record<string, number>;

/** A problem a function may answer with, by its code. */
export type ProblemCode = keyof typeof STATUS_BY_CODE;

// These tables are read with codes, never with request input; an own-property read keeps it so.
/** What is said of an issue or a problem without texts of its own: checked at load, so a lost entry fails the cold start. */
const INVALID_FIELD = required(FIELD_MESSAGES.invalid, 'The message of the field issue "invalid"');
const INTERNAL_PROBLEM = required(PROBLEM_TEXTS.internal, 'The text of the problem "internal"');

const ownEntry = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

export const statusOf = (code: string): number | undefined => ownEntry<number>(STATUS_BY_CODE, code);

const ProblemErrorSchema = v.object({
  pointer: v.pipe(
    v.string(),
    v.description('JSON Pointer (RFC 6901) to what was wrong: into the body, or `/query/…`, `/path/…`, `/headers/…`.'),
  ),
  field: v.pipe(v.string(), v.description('The same place written with dots, for display.')),
  code: v.pipe(
    v.string(),
    v.description('What was wrong, for programs: `required`, `too_long`, `not_allowed_value`, …'),
  ),
  detail: v.pipe(v.string(), v.description("What was wrong, for people, in the caller's language.")),
});
export type ProblemError = v.InferOutput<typeof ProblemErrorSchema>;

/**
 * An RFC 9457 problem document, in the caller's language. API Gateway's own answers (sign-in,
 * throttling) carry no `status` and titles in both languages, hence `status` is optional here.
 */
export const ProblemDocumentSchema = v.pipe(
  v.object({
    type: v.pipe(v.string(), v.startsWith(PROBLEM_TYPE_BASE)),
    title: v.string(),
    status: v.optional(v.pipe(v.number(), v.integer())),
    detail: v.string(),
    instance: v.optional(v.string()),
    errors: v.optional(v.array(ProblemErrorSchema)),
  }),
  v.title('Problem'),
);
export type ProblemDocument = v.InferOutput<typeof ProblemDocumentSchema> & { status: number };

const fieldOf = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');

export const describeIssue = (issue: FieldIssue, locale: TextLocale): ProblemError => ({
  pointer: issue.pointer,
  field: fieldOf(issue.pointer),
  code: issue.code,
  detail: (ownEntry(FIELD_MESSAGES, issue.code) ?? INVALID_FIELD)[locale](issue.params ?? {}),
});

export const problem = (
  code: string,
  status: number,
  locale: TextLocale,
  options: { instance?: string; issues?: FieldIssue[] } = {},
): ProblemDocument => {
  const text = ownEntry(PROBLEM_TEXTS, code) ?? INTERNAL_PROBLEM;
  return {
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: text.title[locale],
    status,
    detail: text.detail[locale],
    ...(options.instance && { instance: options.instance }),
    ...(options.issues && { errors: options.issues.map((issue) => describeIssue(issue, locale)) }),
  };
};

export const problemResponse = (document: ProblemDocument, locale: TextLocale): APIGatewayProxyResult => ({
  statusCode: document.status,
  headers: { 'content-type': 'application/problem+json; charset=utf-8', 'content-language': locale },
  body: JSON.stringify(document),
});
