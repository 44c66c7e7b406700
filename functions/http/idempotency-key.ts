import * as v from 'valibot';
import { type ApiEvent, header } from './api-event.js';
import { parseInput } from './validation.js';

/** 1–128 of A–Z a–z 0–9 - _ . : — no `#`, which the stored claims' keys are built with. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9\-_.:]{1,128}$/;
export const IdempotencyKey = v.optional(v.pipe(v.string(), v.regex(IDEMPOTENCY_KEY, 'invalid_idempotency_key')));

/** The request's Idempotency-Key, if it has one. @throws ValidationFailed naming the header when it is malformed */
export const idempotencyKeyOf = (event: ApiEvent): string | undefined =>
  parseInput(IdempotencyKey, header(event, 'idempotency-key'), '/headers/idempotency-key');

/** The header that tells a client its retry was answered from the first request's result. */
export const replayHeaders = (replayed: boolean): Record<string, string> =>
  replayed ? { 'idempotent-replayed': 'true' } : {};
