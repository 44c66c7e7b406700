import type { DocumentChangeDeps } from '../../domain/residents/document-deps.js';
import { updatePassport } from '../../domain/residents/update-passport.js';
import { documentView } from '../../http/document-representation.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { residentOf } from '../../http/identity.js';
import { bodyLimit, contractBody, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { documentRegister, residentClaims } from '../../runtime/residents.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.UpdatePassport;

/** The passport update service: a renewed passport for the resident or a dependent, checked before it is kept. */
export const createHandler = (deps: DocumentChangeDeps) =>
  apiFunction(
    async (event) => {
      const resident = residentOf(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const { document, replayed } = await updatePassport(
        deps,
        resident,
        contractBody(contract, event),
        idempotencyKey,
      );
      return success(contract, documentView(document, deps.clock()), replayHeaders(replayed));
    },
    { body: bodyLimit(contract), signIns: deps.register },
  );

export const handler = createHandler({ register: documentRegister(), claims: residentClaims(), clock });
