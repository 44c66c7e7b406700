import { useState } from 'preact/hooks';
import { usePageTitle } from '../console/page-title.js';
import type { Schema } from '../shared/api/api-client.js';
import { fieldErrors } from '../shared/api/problem.js';
import { useMutation } from '../shared/api/use-mutation.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { NO_PASSPORT, PASSPORT_FIELDS, PassportFields } from '../shared/documents/passport-fields.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { Field } from '../shared/forms/field.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { documentsByHolder } from './document-holders.js';
import { RESIDENT_TEXTS } from './texts.js';
import './residents.css';

const FORM_FIELDS = [...PASSPORT_FIELDS, 'dependentId'] as const;

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
  const [passport, setPassport] = useState(NO_PASSPORT);
  const [saved, setSaved] = useState<Schema<'Document'>>();
  const update = useMutation((key) =>
    api.PUT('/v1/me/passport', {
      params: { header: { 'Idempotency-Key': key } },
      body: { ...passport, ...(holder ? { dependentId: holder } : {}) },
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
        <PassportFields values={passport} onChange={setPassport} errors={errors} />
        <button type="submit" disabled={update.pending}>
          {update.pending ? shared.sending : texts.savePassport}
        </button>
      </form>
    </>
  );
};
