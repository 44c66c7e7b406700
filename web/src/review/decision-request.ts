import type { Schema } from '../shared/api/api-client.js';

export type DecisionKind = 'ACCEPT' | 'REJECT' | 'REQUEST_INFO';

/** What a reviewer typed in the decision form, as typed. */
export interface DecisionDraft {
  decision: DecisionKind;
  note: string;
  internalNote: string;
  /** One row per document; empty rows are the ones not filled in yet. */
  documents: string[];
}

/** The most documents one request for information may name (the API's `maxItems`). */
export const MAX_REQUESTED_DOCUMENTS = 10;

export type DecisionBody =
  | { decision: 'ACCEPT'; note?: string; internalNote?: string }
  | { decision: 'REJECT'; note: string; internalNote?: string }
  | { decision: 'REQUEST_INFO'; note: string; internalNote?: string; requestedDocuments?: string[] };

const filled = (text: string) => text.trim() !== '';

/**
 * The decision as the API takes it: blank optional texts left out (the API refuses an empty
 * one), empty document rows dropped, and the documents sent only with a request for information.
 * A required note is sent even when blank, so that the API's own words say what is missing, next
 * to the field.
 */
export const decisionBody = (draft: DecisionDraft): DecisionBody => {
  const internal = filled(draft.internalNote) ? { internalNote: draft.internalNote } : {};
  if (draft.decision === 'ACCEPT')
    return { decision: 'ACCEPT', ...(filled(draft.note) ? { note: draft.note } : {}), ...internal };
  if (draft.decision === 'REJECT') return { decision: 'REJECT', note: draft.note, ...internal };
  const requestedDocuments = draft.documents.filter(filled);
  return {
    decision: 'REQUEST_INFO',
    note: draft.note,
    ...internal,
    ...(requestedDocuments.length > 0 ? { requestedDocuments } : {}),
  };
};

/**
 * The API's error for a document row, by the row's place in the form: the API numbers the
 * documents it was sent, which are the filled rows only.
 */
export const documentErrorsByRow = (
  documents: readonly string[],
  errors: ReadonlyMap<string, string>,
): ReadonlyMap<number, string> => {
  const byRow = new Map<number, string>();
  let sent = 0;
  documents.forEach((document, row) => {
    if (!filled(document)) return;
    const error = errors.get(`requestedDocuments.${sent}`);
    if (error) byRow.set(row, error);
    sent += 1;
  });
  return byRow;
};

type Inquiry = Pick<Schema<'ReviewerInquiry'>, 'status' | 'rejectedBy'>;

/**
 * Whether the signed-in reviewer may decide, and which decisions they have: an inquiry under
 * review takes all three; an appeal only a final accept or reject, and never from the reviewer
 * who rejected it (the second-reviewer rule); any other status none.
 */
export const decisionsOpenTo = (inquiry: Inquiry, reviewerId: string | undefined): readonly DecisionKind[] => {
  if (inquiry.status === 'UNDER_REVIEW') return ['ACCEPT', 'REJECT', 'REQUEST_INFO'];
  if (inquiry.status === 'APPEALED' && reviewerId !== undefined && reviewerId !== inquiry.rejectedBy)
    return ['ACCEPT', 'REJECT'];
  return [];
};
