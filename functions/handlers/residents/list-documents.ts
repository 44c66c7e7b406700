import type { DocumentDeps } from '../../domain/residents/document-deps.js';
import { listDocuments } from '../../domain/residents/list-documents.js';
import { documentView } from '../../http/document-representation.js';
import { residentOf } from '../../http/identity.js';
import { success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { documentRegister } from '../../runtime/residents.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

/** The resident's documents and their dependents', soonest to expire first. */
export const createHandler = (deps: DocumentDeps) =>
  apiFunction(
    async (event) => {
      const documents = await listDocuments(deps, residentOf(event));
      const now = deps.clock();
      return success(ROUTE_CONTRACTS.ListDocuments, {
        items: documents.map((document) => documentView(document, now)),
      });
    },
    { signIns: deps.register },
  );

export const handler = createHandler({ register: documentRegister(), clock });
