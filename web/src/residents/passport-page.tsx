import { useState } from 'preact/hooks';
import { usePageTitle } from '../console/page-title.js';
import type { Schema } from '../shared/api/api-client.js';
import { fieldErrors } from '../shared/api/problem.js';
import { useMutation } from '../shared/api/use-mutation.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { Field } from '../shared/forms/field.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { documentsByHolder } from './document-holders.js';
import { RESIDENT_TEXTS } from './texts.js';
import './residents.css';

const FORM_FIELDS = ['passportNumber', 'issueDate', 'expiryDate', 'dependentId'] as const;

/**
 * The renewed passport of the resident or of a dependent (those the documents list names): each
 * field the API refuses is told beside it, in the resident's language.
 */
export const PassportPage = () => {
  const { api } = useConsole();
  const texts = useTexts(RESIDENT_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const formats = useFormats();
  usePageTitle(texts.passportTitle);
  const documents = useResource(() => api.GET('/v1/me/documents'), [api]);
  const dependents = documentsByHolder(documents.data?.items ?? []).flatMap((group) =>
    group.dependent ? [group.dependent] : [],
  );
  const [holder, setHolder] = useState('');
  const [passportNumber, setPassportNumber] = useState('');
  const [issueDate, setIssueDate] = useState('');
  const [expiryDate, setExpiryDate] = useState('');
  const [saved, setSaved] = useState<Schema<'Document'>>();
  const update = useMutation((key) =>
    api.PUT('/v1/me/passport', {
      params: { header: { 'Idempotency-Key': key } },
      body: { passportNumber, issueDate, expiryDate, ...(holder ? { dependentId: holder } : {}) },
    }),
  );
  const errors = fieldErrors(update.failure);
  const send = async (event: Event) => {
    event.preventDefault();
    setSaved(undefined);
    const document = await update.run();
    if (document) setSaved(document);
  };
  return (
    <>
      <h1>{texts.passportTitle}</h1>
      <p>{texts.passportIntro}</p>
      {saved ? (
        <p class="notice" role="status">
          {texts.passportSaved(`${formats.day(saved.expiresOn)} (${formats.hijriDay(saved.expiresOn)})`)}
        </p>
      ) : null}
      <form class="card" onSubmit={send} noValidate>
        <FailureNotice failure={update.failure} fields={FORM_FIELDS} />
        {dependents.length > 0 ? (
          <Field
            id="passport-holder"
            label={texts.holder}
            error={errors.get('dependentId')}
            control={(props) => (
              <select {...props} value={holder} onChange={(event) => setHolder(event.currentTarget.value)}>
                <option value="">{texts.myself}</option>
                {dependents.map((dependent) => (
                  <option key={dependent.dependentId} value={dependent.dependentId}>
                    {dependent.name} ({texts.relation[dependent.relation]})
                  </option>
                ))}
              </select>
            )}
          />
        ) : null}
        <Field
          id="passport-number"
          label={texts.passportNumber}
          required
          hint={texts.passportNumberHint}
          error={errors.get('passportNumber')}
          control={(props) => (
            <input
              {...props}
              class="passport-number"
              dir="ltr"
              autocomplete="off"
              spellcheck={false}
              value={passportNumber}
              onInput={(event) => setPassportNumber(event.currentTarget.value)}
            />
          )}
        />
        <Field
          id="passport-issue-date"
          label={texts.issueDate}
          required
          hint={texts.dateHint}
          error={errors.get('issueDate')}
          control={(props) => (
            <input
              {...props}
              type="date"
              value={issueDate}
              onInput={(event) => setIssueDate(event.currentTarget.value)}
            />
          )}
        />
        <Field
          id="passport-expiry-date"
          label={texts.expiryDate}
          required
          hint={texts.dateHint}
          error={errors.get('expiryDate')}
          control={(props) => (
            <input
              {...props}
              type="date"
              value={expiryDate}
              onInput={(event) => setExpiryDate(event.currentTarget.value)}
            />
          )}
        />
        <button type="submit" disabled={update.pending}>
          {update.pending ? shared.sending : texts.savePassport}
        </button>
      </form>
    </>
  );
};
