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

/**
 * The two answers a resident writes with documents: a reply to a request for information (a
 * message and the documents asked for), and an appeal against a rejection (its grounds and what
 * supports them). Each names its text field as the API does.
 */
const ANSWERS = {
  reply: { field: 'message', limit: TEXT_LIMITS.reply.max, legend: 'replyLegend', label: 'message', send: 'sendReply' },
  appeal: {
    field: 'reason',
    limit: TEXT_LIMITS.appeal.max,
    legend: 'appealLegend',
    label: 'reason',
    send: 'sendAppeal',
  },
} as const;

interface ResidentAnswerFormProps {
  kind: keyof typeof ANSWERS;
  reference: string;
  onSent: () => void;
  onReload: () => void;
}

export const ResidentAnswerForm = ({ kind, reference, onSent, onReload }: ResidentAnswerFormProps) => {
  const { api } = useConsole();
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const answer = ANSWERS[kind];
  const [text, setText] = useState('');
  const uploads = useAttachedUploads();
  const sending = useMutation((key) => {
    const params = { path: { reference }, header: { 'Idempotency-Key': key } };
    const documents = uploads.attachmentIds.length > 0 ? { attachmentIds: uploads.attachmentIds } : {};
    return kind === 'reply'
      ? api.POST('/v1/inquiries/{reference}/replies', { params, body: { message: text, ...documents } })
      : api.POST('/v1/inquiries/{reference}/appeal', { params, body: { reason: text, ...documents } });
  });
  const errors = fieldErrors(sending.failure);
  const send = async (event: Event) => {
    event.preventDefault();
    if (await sending.run()) onSent();
  };
  return (
    <form class="card" onSubmit={send} noValidate>
      <fieldset>
        <legend>{texts[answer.legend]}</legend>
        <FailureNotice failure={sending.failure} fields={[answer.field, 'attachmentIds']} onReload={onReload} />
        <Field
          id={`${kind}-${answer.field}`}
          label={texts[answer.label]}
          required
          error={errors.get(answer.field)}
          hint={<CharacterCount value={text} limit={answer.limit} />}
          control={(props) => (
            <textarea {...props} rows={6} value={text} onInput={(event) => setText(event.currentTarget.value)} />
          )}
        />
        <AttachedUploadsField
          id={`${kind}-attachments`}
          reference={reference}
          uploads={uploads}
          error={errors.get('attachmentIds')}
          disabled={sending.pending}
        />
        {uploads.inFlight ? (
          <p class="hint" id={`${kind}-wait`} aria-live="polite">
            {texts.waitForUploads}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={sending.pending || uploads.inFlight}
          aria-describedby={uploads.inFlight ? `${kind}-wait` : undefined}
        >
          {sending.pending ? shared.sending : texts[answer.send]}
        </button>
      </fieldset>
    </form>
  );
};
