import { IdempotencyClaimTaken } from '../../functions/domain/shared/errors.js';
import type {
  IdempotencyClaim,
  IdempotencyClaims,
  IdempotencyScope,
} from '../../functions/domain/shared/idempotency.js';

/**
 * The claims of one in-memory table. A fake repository checks a claim before its change and keeps
 * it after, with no await between: together or not at all, as the DynamoDB transaction writes them.
 */
export class InMemoryIdempotencyClaims implements IdempotencyClaims {
  readonly stored = new Map<string, IdempotencyClaim>();

  static keyOf(scope: IdempotencyScope): string {
    return JSON.stringify([scope.operation, scope.owner, scope.key]);
  }

  async find(scope: IdempotencyScope, now: Date) {
    const claim = this.stored.get(InMemoryIdempotencyClaims.keyOf(scope));
    return claim && claim.expiresAt > now ? { fingerprint: claim.fingerprint, result: claim.result } : undefined;
  }

  /** @throws IdempotencyClaimTaken when a live claim holds the key */
  check(claim: IdempotencyClaim | undefined): void {
    const held = claim && this.stored.get(InMemoryIdempotencyClaims.keyOf(claim));
    if (held && held.expiresAt > claim.claimedAt) throw new IdempotencyClaimTaken('claimed');
  }

  keep(claim: IdempotencyClaim | undefined): void {
    if (claim) this.stored.set(InMemoryIdempotencyClaims.keyOf(claim), structuredClone(claim));
  }
}
