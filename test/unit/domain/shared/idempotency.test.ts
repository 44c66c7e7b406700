import { describe, expect, it } from 'vitest';
import {
  ConcurrentChange,
  IdempotencyClaimTaken,
  IdempotencyKeyReused,
  TransitionNotAllowed,
} from '../../../../functions/domain/shared/errors.js';
import {
  IDEMPOTENCY_WINDOW_MS,
  type IdempotencyClaim,
  type IdempotencyClaims,
  idempotent,
} from '../../../../functions/domain/shared/idempotency.js';
import { InMemoryIdempotencyClaims } from '../../../support/in-memory-idempotency-claims.js';

const now = new Date('2026-11-25T06:00:00Z');
const keyed = (key: string | undefined, request: unknown = { score: 5 }, at = now) => ({
  key,
  owner: 'resident-1',
  operation: 'RateInquiry' as const,
  request,
  now: at,
});

/** A change that stores its claim in the in-memory table, as a repository does, and counts its writes. */
const countingChange = (claims: InMemoryIdempotencyClaims) => {
  const change = {
    writes: 0,
    apply: async (claim?: (result: string) => IdempotencyClaim) => {
      claims.check(claim?.('result-1'));
      claims.keep(claim?.('result-1'));
      change.writes++;
      return `written ${change.writes}`;
    },
    replay: async (result: string) => `replayed ${result}`,
  };
  return change;
};

describe('the idempotency runner', () => {
  it('when no key is given, it makes the change with no claim at all', async () => {
    // Prepare
    let given: unknown = 'unset';
    // Act
    const outcome = await idempotent(new InMemoryIdempotencyClaims(), keyed(undefined), {
      apply: async (claim) => {
        given = claim;
        return 'done';
      },
      replay: async () => 'never',
    });
    // Assess
    expect(outcome).toEqual({ result: 'done', replayed: false });
    expect(given).toBeUndefined();
  });

  it('when a key is given, the claim names caller, operation, key and result, and lives 24 hours', async () => {
    // Prepare
    let claim: IdempotencyClaim | undefined;
    // Act
    await idempotent(new InMemoryIdempotencyClaims(), keyed('k-1'), {
      apply: async (claimFor) => {
        claim = claimFor?.('TW-0000-0000-0000');
        return 'done';
      },
      replay: async () => 'never',
    });
    // Assess
    expect(claim).toMatchObject({
      owner: 'resident-1',
      operation: 'RateInquiry',
      key: 'k-1',
      result: 'TW-0000-0000-0000',
      claimedAt: now,
    });
    expect(claim!.expiresAt.getTime() - now.getTime()).toBe(IDEMPOTENCY_WINDOW_MS);
    expect(claim!.fingerprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('when the write finds the key claimed by the same request, it replays from the stored result', async () => {
    // Prepare
    const claims = new InMemoryIdempotencyClaims();
    const change = countingChange(claims);
    await idempotent(claims, keyed('k-1'), change);
    // Act
    const again = await idempotent(claims, keyed('k-1'), change);
    // Assess
    expect(again).toEqual({ result: 'replayed result-1', replayed: true });
    expect(change.writes).toBe(1);
  });

  it('when a rule refuses the change and the key holds the same request, it replays instead of refusing', async () => {
    // Prepare
    const claims = new InMemoryIdempotencyClaims();
    await idempotent(claims, keyed('k-1'), countingChange(claims));
    // Act
    const again = await idempotent(claims, keyed('k-1'), {
      apply: async () => Promise.reject(new TransitionNotAllowed('already-rated', 'rated')),
      replay: async (result) => `replayed ${result}`,
    });
    // Assess
    expect(again).toEqual({ result: 'replayed result-1', replayed: true });
  });

  it('when the key holds another request, it is IdempotencyKeyReused keeping what refused the change', async () => {
    // Prepare
    const claims = new InMemoryIdempotencyClaims();
    await idempotent(claims, keyed('k-1', { score: 5 }), countingChange(claims));
    // Act
    const error = await idempotent(claims, keyed('k-1', { score: 4 }), countingChange(claims)).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(IdempotencyKeyReused);
    expect((error as Error).cause).toBeInstanceOf(IdempotencyClaimTaken);
  });

  it('when a rule refuses the change and the key holds nothing, the refusal stands', async () => {
    const refusal = new TransitionNotAllowed('already-rated', 'rated');
    const error = await idempotent(new InMemoryIdempotencyClaims(), keyed('k-1'), {
      apply: () => Promise.reject(refusal),
      replay: async () => 'never',
    }).catch((e: unknown) => e);
    expect(error).toBe(refusal);
  });

  it('when the store fails, the failure reaches the caller as it is and no claim is read', async () => {
    // Prepare
    const failure = new Error('throttled');
    let reads = 0;
    const claims: IdempotencyClaims = {
      find: async () => {
        reads++;
        return undefined;
      },
    };
    // Act
    const error = await idempotent(claims, keyed('k-1'), {
      apply: () => Promise.reject(failure),
      replay: async () => 'never',
    }).catch((e: unknown) => e);
    // Assess
    expect(error).toBe(failure);
    expect(reads).toBe(0);
  });

  it('when the key was claimed but the claim cannot be read back, it is a ConcurrentChange the client may retry', async () => {
    const error = await idempotent({ find: async () => undefined }, keyed('k-1'), {
      apply: () => Promise.reject(new IdempotencyClaimTaken('claimed')),
      replay: async () => 'never',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrentChange);
  });

  it('when 24 hours have passed, the key is free again and makes a new change', async () => {
    // Prepare
    const claims = new InMemoryIdempotencyClaims();
    const change = countingChange(claims);
    await idempotent(claims, keyed('k-1'), change);
    // Act
    const later = await idempotent(
      claims,
      keyed('k-1', { score: 5 }, new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS)),
      change,
    );
    // Assess
    expect(later).toEqual({ result: 'written 2', replayed: false });
  });
});
