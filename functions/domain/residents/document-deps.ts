import type { Clock } from '../shared/clock.js';
import type { IdempotencyClaims } from '../shared/idempotency.js';
import type { DocumentRegister } from './ports.js';

/** What the resident's documents and preferences are read with. */
export interface DocumentDeps {
  register: DocumentRegister;
  clock: Clock;
}

/** What the resident's own changes need besides: the claims of their Idempotency-Keys. */
export interface DocumentChangeDeps extends DocumentDeps {
  claims: IdempotencyClaims;
}
