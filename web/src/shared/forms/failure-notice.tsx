import { type CallFailure, fieldErrors } from '../api/problem.js';
import { useConsole } from '../console-context.js';
import { useLanguage, useTexts } from '../i18n/language.js';
import { signIn } from '../session/session.js';
import { SHARED_TEXTS } from '../texts.js';

interface FailureNoticeProps {
  failure: CallFailure | undefined;
  /** Offered when the answer says the thing changed meanwhile (409). */
  onReload?: () => void;
  /** Fields this form shows errors beside; the notice then only points to them. */
  fields?: readonly string[];
}

/**
 * What a failed call says, in the user's language: the API's own title and detail (it answers in
 * the language asked for), a conflict explained with a reload, no answer at all explained too.
 */
export const FailureNotice = ({ failure, onReload, fields = [] }: FailureNoticeProps) => {
  const texts = useTexts(SHARED_TEXTS);
  const { language } = useLanguage();
  const { config } = useConsole();
  if (!failure) return null;
  const errors = fieldErrors(failure);
  const besideFields = [...errors.keys()].filter((field) => fields.includes(field));
  const elsewhere = [...errors].filter(([field]) => !fields.includes(field));
  return (
    <div class="notice notice-error" role="alert">
      {failure.status === 0 ? <p>{texts.unreachable}</p> : null}
      {failure.status === 401 ? (
        <>
          <p>{texts.sessionEnded}</p>
          <button type="button" onClick={() => signIn(config, `${location.pathname}${location.search}`, language)}>
            {texts.signInAgain}
          </button>
        </>
      ) : null}
      {failure.status === 409 ? <p>{texts.conflict}</p> : null}
      {failure.problem && failure.status !== 401 ? (
        <>
          <p class="notice-title">{failure.problem.title}</p>
          <p>{failure.problem.detail}</p>
        </>
      ) : null}
      {besideFields.length > 0 ? <p>{texts.errorsInForm}</p> : null}
      {elsewhere.length > 0 ? (
        <ul>
          {elsewhere.map(([field, detail]) => (
            <li key={field}>{detail}</li>
          ))}
        </ul>
      ) : null}
      {failure.status === 409 && onReload ? (
        <button type="button" onClick={onReload}>
          {texts.reload}
        </button>
      ) : null}
    </div>
  );
};
