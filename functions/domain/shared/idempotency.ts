import { createHash } from 'node:crypto';
import { ConcurrentChange, DomainError, IdempotencyClaimTaken, IdempotencyKeyReused } from './errors.js';

/** How long a replay with the same Idempotency-Key returns the first result. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The changes that honour an Idempotency-Key. Each has its own key space: the same key on two
 * routes names two requests. The names are stored with the claims, so they never change.
 */
export type IdempotentOperation =
  | 'SubmitInquiry'
  | 'SubmitEmployeeInquiry'
  | 'SubmitEmployeeInquiryInBulk'
  | 'RequestUpload'
  | 'RequestBulkUpload'
  | 'ReplyToInquiry'
  | 'ReplyToEmployeeInquiry'
  | 'AppealInquiry'
  | 'RateInquiry'
  | 'DecideInquiry'
  | 'UpdatePassport'
  | 'UpdateEmployeePassport'
  | 'UpdateEmployeePassportInBulk'
  | 'UpdatePreferences';

/** Where a key is looked up: one caller's keys for one operation. */
export interface IdempotencyScope {
  /** The caller the verified token names (a resident's or a reviewer's subject), or the establishment of a bulk file. */
  owner: string;
  operation: IdempotentOperation;
  key: string;
}

/** What a keyed change stores together with the change itself, in one atomic write. */
export interface IdempotencyClaim extends IdempotencyScope {
  /** A digest of the request the key was first used with. */
  fingerprint: string;
  /** What the change created or changed (a reference, an attachment id, …): replays answer from it. */
  result: string;
  claimedAt: Date;
  expiresAt: Date;
}

export type StoredClaim = Pick<IdempotencyClaim, 'fingerprint' | 'result'>;

/** The claims of one table; the repositories that write to that table store them with their changes. */
export interface IdempotencyClaims {
  /** The claim a key holds at `now`; an expired claim counts as none. */
  find(scope: IdempotencyScope, now: Date): Promise<StoredClaim | undefined>;
}

/** A request that may carry a key; `request` is what makes two requests the same (path and body, parsed). */
export interface KeyedRequest extends Omit<IdempotencyScope, 'key'> {
  key: string | undefined;
  request: unknown;
  now: Date;
}

export interface IdempotentChange<R> {
  /** Makes the change. With a key, `claim(result)` is to be stored in the same atomic write. */
  apply: (claim?: (result: string) => IdempotencyClaim) => Promise<R>;
  /** The answer to a replay, built from the result the first request stored. */
  replay: (result: string) => Promise<R>;
}

const fingerprintOf = (operation: IdempotentOperation, request: unknown) =>
  createHash('sha256')
    .update(JSON.stringify([operation, request]))
    .digest('base64url');

/**
 * Runs a change under an Idempotency-Key, the same way for every route. The claim is written with
 * the change or not at all, so there is no "in progress" state: of identical concurrent requests,
 * one makes the change and the others find its claim. The claim is consulted only when the change
 * cannot be made — its write found the key taken, or a rule refused it (the first request may
 * already have moved the inquiry on) — and then an earlier identical request is replayed, a
 * different one is IdempotencyKeyReused, and without a claim the refusal stands.
 */
export const idempotent = async <R>(
  claims: IdempotencyClaims,
  keyed: KeyedRequest,
  change: IdempotentChange<R>,
): Promise<{ result: R; replayed: boolean }> => {
  const { key, owner, operation, now } = keyed;
  if (key === undefined) return { result: await change.apply(), replayed: false };
  const fingerprint = fingerprintOf(operation, keyed.request);
  const expiresAt = new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS);
  try {
    return {
      result: await change.apply((result) => ({
        owner,
        operation,
        key,
        fingerprint,
        result,
        claimedAt: now,
        expiresAt,
      })),
      replayed: false,
    };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const claim = await claims.find({ owner, operation, key }, now);
    if (!claim) {
      if (error instanceof IdempotencyClaimTaken)
        throw new ConcurrentChange('The claim that refused the change cannot be read back', { cause: error });
      throw error;
    }
    if (claim.fingerprint !== fingerprint)
      throw new IdempotencyKeyReused('Idempotency key was first used for a different request', { cause: error });
    return { result: await change.replay(claim.result), replayed: true };
  }
};
