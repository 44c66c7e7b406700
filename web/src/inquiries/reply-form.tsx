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

const FORM_FIELDS = ['message', 'attachmentIds'] as const;

/** The resident's answer to a request for information: a message and the documents asked for. */
export const ReplyForm = ({
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
  const [message, setMessage] = useState('');
  const uploads = useAttachedUploads();
  const reply = useMutation((key) =>
    api.POST('/v1/inquiries/{reference}/replies', {
      params: { path: { reference }, header: { 'Idempotency-Key': key } },
      body: { message, ...(uploads.attachmentIds.length > 0 ? { attachmentIds: uploads.attachmentIds } : {}) },
    }),
  );
  const errors = fieldErrors(reply.failure);
  const send = async (event: Event) => {
    event.preventDefault();
    if (await reply.run()) onSent();
  };
  return (
    <form class="card" onSubmit={send} noValidate>
      <fieldset>
        <legend>{texts.replyLegend}</legend>
        <FailureNotice failure={reply.failure} fields={FORM_FIELDS} onReload={onReload} />
        <Field
          id="reply-message"
          label={texts.message}
          required
          error={errors.get('message')}
          hint={<CharacterCount value={message} limit={TEXT_LIMITS.reply.max} />}
          control={(props) => (
            <textarea {...props} rows={6} value={message} onInput={(event) => setMessage(event.currentTarget.value)} />
          )}
        />
        <AttachedUploadsField
          id="reply-attachments"
          reference={reference}
          uploads={uploads}
          error={errors.get('attachmentIds')}
          disabled={reply.pending}
        />
        {uploads.inFlight ? (
          <p class="hint" id="reply-wait" aria-live="polite">
            {texts.waitForUploads}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={reply.pending || uploads.inFlight}
          aria-describedby={uploads.inFlight ? 'reply-wait' : undefined}
        >
          {reply.pending ? shared.sending : texts.sendReply}
        </button>
      </fieldset>
    </form>
  );
};
