import type { DocumentDeps } from './document-deps.js';
import type { Resident } from './resident.js';
import type { ResidentDocument } from './resident-document.js';

/** The resident's documents and their dependents', as the register holds them. */
export const listDocuments = (deps: DocumentDeps, resident: Resident): Promise<ResidentDocument[]> =>
  deps.register.documentsOf(resident.iqamaNumber);
