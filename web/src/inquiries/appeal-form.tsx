import { useState } from 'preact/hooks';
import { fieldErrors } from '../shared/api/problem.js';
import { useMutation } from '../shared/api/use-mutation.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { CharacterCount, Field } from '../shared/forms/field.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { AttachedUploadsField, useAttachedUploads } from './attached-uploads.js';
import { RESIDENT_INQUIRY_TEXTS } from './resident-texts.js';
import { TEXT_LIMITS } from './text-limits.js';

const FORM_FIELDS = ['reason', 'attachmentIds'] as const;

/** The resident's appeal against a rejection, within its window: the grounds and the documents that support them. */
export const AppealForm = ({
  reference,
  onSent,
  onReload,
}: {
  reference: string;
  onSent: () => void;
  onReload: () => void;
}) => {
  const { api } = useConsole();
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const [reason, setReason] = useState('');
  const uploads = useAttachedUploads();
  const appeal = useMutation((key) =>
    api.POST('/v1/inquiries/{reference}/appeal', {
      params: { path: { reference }, header: { 'Idempotency-Key': key } },
      body: { reason, ...(uploads.attachmentIds.length > 0 ? { attachmentIds: uploads.attachmentIds } : {}) },
    }),
  );
  const errors = fieldErrors(appeal.failure);
  const send = async (event: Event) => {
    event.preventDefault();
    if (await appeal.run()) onSent();
  };
  return (
    <form class="card" onSubmit={send} noValidate>
      <fieldset>
        <legend>{texts.appealLegend}</legend>
        <FailureNotice failure={appeal.failure} fields={FORM_FIELDS} onReload={onReload} />
        <Field
          id="appeal-reason"
          label={texts.reason}
          required
          error={errors.get('reason')}
          hint={<CharacterCount value={reason} limit={TEXT_LIMITS.appeal.max} />}
          control={(props) => (
            <textarea {...props} rows={6} value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
          )}
        />
        <AttachedUploadsField
          id="appeal-attachments"
          reference={reference}
          uploads={uploads}
          error={errors.get('attachmentIds')}
          disabled={appeal.pending}
        />
        {uploads.inFlight ? (
          <p class="hint" id="appeal-wait" aria-live="polite">
            {texts.waitForUploads}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={appeal.pending || uploads.inFlight}
          aria-describedby={uploads.inFlight ? 'appeal-wait' : undefined}
        >
          {appeal.pending ? shared.sending : texts.sendAppeal}
        </button>
      </fieldset>
    </form>
  );
};
