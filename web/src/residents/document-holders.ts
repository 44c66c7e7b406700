import type { Schema } from '../shared/api/api-client.js';

type Document = Schema<'Document'>;
type Holder = Document['holder'];
export type Dependent = Extract<Holder, { kind: 'DEPENDENT' }>;

export interface HolderDocuments {
  /** Absent for the resident's own documents. */
  dependent?: Dependent;
  documents: Document[];
}

/** The documents by whom they belong to: the resident's own first, then each dependent's, in the API's order. */
export const documentsByHolder = (documents: readonly Document[]): HolderDocuments[] => {
  const own: HolderDocuments = { documents: [] };
  const dependents = new Map<string, HolderDocuments>();
  for (const document of documents) {
    const { holder } = document;
    if (holder.kind === 'RESIDENT') own.documents.push(document);
    else {
      const group = dependents.get(holder.dependentId) ?? { dependent: holder, documents: [] };
      group.documents.push(document);
      dependents.set(holder.dependentId, group);
    }
  }
  return [...(own.documents.length > 0 ? [own] : []), ...dependents.values()];
};
