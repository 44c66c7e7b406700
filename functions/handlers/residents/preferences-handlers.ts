import type { DocumentChangeDeps, DocumentDeps } from '../../domain/residents/document-deps.js';
import { getPreferences } from '../../domain/residents/get-preferences.js';
import { updatePreferences } from '../../domain/residents/update-preferences.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { residentOf } from '../../http/identity.js';
import { bodyLimit, contractBody, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const { GetPreferences, UpdatePreferences } = ROUTE_CONTRACTS;

/** GET: the language reminders are written in and whether they are sent. */
export const createGetHandler = (deps: DocumentDeps) =>
  apiFunction(async (event) => success(GetPreferences, await getPreferences(deps, residentOf(event))), {
    signIns: deps.register,
  });

/** PUT: both settings at once; reminders are on until the resident turns them off. */
export const createPutHandler = (deps: DocumentChangeDeps) =>
  apiFunction(
    async (event) => {
      const resident = residentOf(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const { preferences, replayed } = await updatePreferences(
        deps,
        resident,
        contractBody(UpdatePreferences, event),
        idempotencyKey,
      );
      return success(UpdatePreferences, preferences, replayHeaders(replayed));
    },
    { body: bodyLimit(UpdatePreferences), signIns: deps.register },
  );
