import { clock } from '../../runtime/clock.js';
import { documentRegister } from '../../runtime/residents.js';
import { type DocumentDeps, documentsOf } from '../../domain/residents/resident-documents.js';
import { json } from '../../http/api-event.js';
import { apiHandler } from '../../http/api-handler.js';
import { residentOf } from '../../http/identity.js';
import { documentView } from './document-representation.js';

/** The resident's documents and their dependents', soonest to expire first. */
export const createHandler = (deps: DocumentDeps) =>
  apiHandler(async (event) => {
    const documents = await documentsOf(deps, residentOf(event));
    const now = deps.clock();
    return json(200, { items: documents.map((document) => documentView(document, now)) });
  }, { signIns: deps.register });

export const handler = createHandler({ register: documentRegister(), clock });
