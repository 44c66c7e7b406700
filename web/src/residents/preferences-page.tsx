import { useEffect, useState } from 'preact/hooks';
import { usePageTitle } from '../console/page-title.js';
import { fieldErrors } from '../shared/api/problem.js';
import { useMutation } from '../shared/api/use-mutation.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { INTL_LOCALE, useLanguage, useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { type SmsLocale, smsLanguages } from './sms-languages.js';
import { RESIDENT_TEXTS } from './texts.js';
import './residents.css';

const FORM_FIELDS = ['locale', 'smsReminders'] as const;

/** The language of the resident's text messages (any of the six the API writes) and whether reminders are sent at all. */
export const PreferencesPage = () => {
  const { api } = useConsole();
  const { language } = useLanguage();
  const texts = useTexts(RESIDENT_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  usePageTitle(texts.preferencesTitle);
  const current = useResource(() => api.GET('/v1/me/preferences'), [api]);
  const [locale, setLocale] = useState<SmsLocale>();
  const [smsReminders, setSmsReminders] = useState(true);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!current.data) return;
    setLocale(current.data.locale);
    setSmsReminders(current.data.smsReminders);
  }, [current.data]);
  const save = useMutation((key) =>
    api.PUT('/v1/me/preferences', {
      params: { header: { 'Idempotency-Key': key } },
      body: { locale: locale ?? 'ar', smsReminders },
    }),
  );
  const errors = fieldErrors(save.failure);
  const send = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    if (await save.run()) setSaved(true);
  };
  const localeError = errors.get('locale');
  const remindersError = errors.get('smsReminders');
  return (
    <>
      <h1>{texts.preferencesTitle}</h1>
      {saved ? (
        <p class="notice" role="status">
          {texts.preferencesSaved}
        </p>
      ) : null}
      <FailureNotice failure={current.failure} />
      {current.loading && !current.data ? <p>{shared.loading}</p> : null}
      {current.data ? (
        <form class="card" onSubmit={send} noValidate>
          <FailureNotice failure={save.failure} fields={FORM_FIELDS} />
          <fieldset
            class={localeError ? 'field-invalid' : undefined}
            aria-describedby={['sms-language-hint', localeError ? 'sms-language-error' : ''].filter(Boolean).join(' ')}
          >
            <legend>{texts.smsLanguage}</legend>
            <p class="hint" id="sms-language-hint">
              {texts.smsLanguageHint}
            </p>
            {smsLanguages(INTL_LOCALE[language]).map((choice) => (
              <label key={choice.locale} class="choice">
                <input
                  type="radio"
                  name="sms-language"
                  value={choice.locale}
                  checked={locale === choice.locale}
                  aria-invalid={Boolean(localeError)}
                  onChange={() => setLocale(choice.locale)}
                />
                <span lang={choice.locale}>{choice.ownName}</span>
                {choice.localName !== choice.ownName ? <span> ({choice.localName})</span> : null}
              </label>
            ))}
            {localeError ? (
              <p class="field-error" id="sms-language-error">
                {localeError}
              </p>
            ) : null}
          </fieldset>
          <fieldset
            aria-describedby={['reminders-hint', remindersError ? 'reminders-error' : ''].filter(Boolean).join(' ')}
          >
            <legend>{texts.reminders}</legend>
            <label class="choice">
              <input
                type="checkbox"
                checked={smsReminders}
                aria-invalid={Boolean(remindersError)}
                onChange={(event) => setSmsReminders(event.currentTarget.checked)}
              />
              {texts.remindersLabel}
            </label>
            <p class="hint" id="reminders-hint">
              {texts.remindersHint}
            </p>
            {remindersError ? (
              <p class="field-error" id="reminders-error">
                {remindersError}
              </p>
            ) : null}
          </fieldset>
          <button type="submit" disabled={save.pending}>
            {save.pending ? shared.sending : texts.savePreferences}
          </button>
        </form>
      ) : null}
    </>
  );
};
