import { useState } from 'preact/hooks';
import type { Schema } from '../shared/api/api-client.js';
import { fieldErrors } from '../shared/api/problem.js';
import { useMutation } from '../shared/api/use-mutation.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { CharacterCount, Field } from '../shared/forms/field.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import {
  type DecisionDraft,
  type DecisionKind,
  decisionBody,
  documentErrorsByRow,
  MAX_REQUESTED_DOCUMENTS,
} from './decision-request.js';
import { REVIEW_TEXTS } from './texts.js';

const NOTE_LIMIT = 2000;
const DOCUMENT_LIMIT = 200;

const CHOICE_TEXT = { ACCEPT: 'accept', REJECT: 'reject', REQUEST_INFO: 'requestInfo' } as const;
const NOTE_HINT = { ACCEPT: 'noteHintAccept', REJECT: 'noteHintReject', REQUEST_INFO: 'noteHintRequest' } as const;

const emptyDraft = (decision: DecisionKind): DecisionDraft => ({
  decision,
  note: '',
  internalNote: '',
  documents: [''],
});

interface DecisionFormProps {
  reference: string;
  /** The decisions open to the signed-in reviewer: never empty. */
  choices: readonly DecisionKind[];
  onDecided: (inquiry: Schema<'ReviewerInquiry'>) => void;
  /** Reads the inquiry again, when the API says it changed meanwhile (409). */
  onReload: () => void;
}

/** The reviewer's decision: accept, reject with a note, or ask for information listing documents; and an internal note. */
export const DecisionForm = ({ reference, choices, onDecided, onReload }: DecisionFormProps) => {
  const texts = useTexts(REVIEW_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const formats = useFormats();
  const { api } = useConsole();
  const [draft, setDraft] = useState<DecisionDraft>(() => emptyDraft(choices[0] ?? 'ACCEPT'));
  const change = (part: Partial<DecisionDraft>) => setDraft((current) => ({ ...current, ...part }));
  const mutation = useMutation((key) =>
    api.POST('/v1/review/inquiries/{reference}/decision', {
      params: { path: { reference }, header: { 'Idempotency-Key': key } },
      body: decisionBody(draft),
    }),
  );
  const errors = fieldErrors(mutation.failure);
  const rowErrors = documentErrorsByRow(draft.documents, errors);
  const asksDocuments = draft.decision === 'REQUEST_INFO';
  const noteRequired = draft.decision !== 'ACCEPT';
  const fields = [
    'decision',
    'note',
    'internalNote',
    ...(asksDocuments
      ? ['requestedDocuments', ...[...errors.keys()].filter((f) => f.startsWith('requestedDocuments.'))]
      : []),
  ];
  const submit = async (event: Event) => {
    event.preventDefault();
    const decided = await mutation.run();
    if (decided) {
      setDraft(emptyDraft(choices[0] ?? 'ACCEPT'));
      onDecided(decided);
    }
  };
  const setDocument = (row: number, value: string) =>
    change({ documents: draft.documents.map((document, index) => (index === row ? value : document)) });
  const removeDocument = (row: number) => {
    const documents = draft.documents.filter((_, index) => index !== row);
    change({ documents: documents.length > 0 ? documents : [''] });
    // The row's button is gone with it: keep the keyboard where the reviewer was, on the list.
    requestAnimationFrame(() => document.getElementById('decision-add-document')?.focus());
  };
  const addDocument = () => {
    change({ documents: [...draft.documents, ''] });
    const row = draft.documents.length;
    requestAnimationFrame(() => document.getElementById(`decision-document-${row}`)?.focus());
  };
  const decisionError = errors.get('decision');
  const documentsError = errors.get('requestedDocuments');
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{texts.decision}</h2>
      <form onSubmit={submit} noValidate>
        <fieldset
          class="decision-choices"
          aria-invalid={Boolean(decisionError)}
          {...(decisionError ? { 'aria-describedby': 'decision-choice-error' } : {})}
        >
          <legend>{texts.decisionChoice}</legend>
          {choices.map((choice) => (
            <div class="choice" key={choice}>
              <input
                type="radio"
                id={`decision-${choice}`}
                name="decision"
                value={choice}
                checked={draft.decision === choice}
                onChange={() => change({ decision: choice })}
              />
              <label for={`decision-${choice}`}>{texts[CHOICE_TEXT[choice]]}</label>
            </div>
          ))}
          {decisionError ? (
            <p class="field-error" id="decision-choice-error">
              {decisionError}
            </p>
          ) : null}
        </fieldset>
        <Field
          id="decision-note"
          label={texts.noteToResident}
          required={noteRequired}
          error={errors.get('note')}
          hint={
            <>
              {texts[NOTE_HINT[draft.decision]]} <CharacterCount value={draft.note} limit={NOTE_LIMIT} />
            </>
          }
          control={(props) => (
            <textarea {...props} value={draft.note} onInput={(event) => change({ note: event.currentTarget.value })} />
          )}
        />
        {asksDocuments ? (
          <fieldset
            class="requested-documents"
            aria-describedby={
              documentsError ? 'decision-documents-hint decision-documents-error' : 'decision-documents-hint'
            }
          >
            <legend>{texts.documentsToRequest}</legend>
            <p class="hint" id="decision-documents-hint">
              {texts.documentsHint(formats.number(MAX_REQUESTED_DOCUMENTS))}
            </p>
            {documentsError ? (
              <p class="field-error" id="decision-documents-error">
                {documentsError}
              </p>
            ) : null}
            <ol class="document-rows">
              {draft.documents.map((value, row) => (
                // Rows have no identity but their place: a removed row's successors move up with their text.
                <li key={row} class="document-row">
                  <Field
                    id={`decision-document-${row}`}
                    label={texts.documentName(formats.number(row + 1))}
                    error={rowErrors.get(row)}
                    control={(props) => (
                      <input
                        {...props}
                        type="text"
                        maxLength={DOCUMENT_LIMIT}
                        value={value}
                        onInput={(event) => setDocument(row, event.currentTarget.value)}
                      />
                    )}
                  />
                  {draft.documents.length > 1 || value !== '' ? (
                    <button type="button" class="secondary" onClick={() => removeDocument(row)}>
                      {texts.removeDocument(formats.number(row + 1))}
                    </button>
                  ) : null}
                </li>
              ))}
            </ol>
            <button
              type="button"
              class="secondary"
              id="decision-add-document"
              onClick={addDocument}
              disabled={draft.documents.length >= MAX_REQUESTED_DOCUMENTS}
            >
              {texts.addDocument}
            </button>
          </fieldset>
        ) : null}
        <Field
          id="decision-internal-note"
          label={texts.internalNote}
          error={errors.get('internalNote')}
          hint={
            <>
              {texts.internalNoteHint} <CharacterCount value={draft.internalNote} limit={NOTE_LIMIT} />
            </>
          }
          control={(props) => (
            <textarea
              {...props}
              value={draft.internalNote}
              onInput={(event) => change({ internalNote: event.currentTarget.value })}
            />
          )}
        />
        <FailureNotice failure={mutation.failure} fields={fields} onReload={onReload} />
        <button type="submit" disabled={mutation.pending}>
          {mutation.pending ? shared.sending : texts.send}
        </button>
      </form>
    </section>
  );
};
