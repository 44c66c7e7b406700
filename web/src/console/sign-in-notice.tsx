import { useEffect } from 'preact/hooks';
import { DIRECTION, type Language } from '../shared/i18n/language.js';
import type { SignInPath } from '../shared/session/session.js';
import { CONSOLE_TEXTS } from './texts.js';

interface SignInNoticeProps {
  language: Language;
  /** Given when signing in failed: the notice then offers to start again rather than saying it is under way. */
  onSignIn?: () => void;
  /** Given where residents and staff sign in on different pages: the notice then asks which. */
  onChoose?: (path: SignInPath) => void;
}

/** What shows while the browser goes to sign in, or when coming back from it failed. */
export const SignInNotice = ({ language, onSignIn, onChoose }: SignInNoticeProps) => {
  const texts = CONSOLE_TEXTS[language];
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = DIRECTION[language];
    document.title = texts.serviceName;
  }, [language, texts]);
  return (
    <main class="sign-in-notice">
      <h1>{texts.serviceName}</h1>
      {onChoose ? (
        <ul class="sign-in-choices">
          <li>
            <button type="button" onClick={() => onChoose('national')}>
              {texts.signInAsResident}
            </button>
          </li>
          <li>
            <button type="button" class="secondary" onClick={() => onChoose('staff')}>
              {texts.signInAsStaff}
            </button>
          </li>
        </ul>
      ) : onSignIn ? (
        <>
          <p role="alert">{texts.signInFailed}</p>
          <button type="button" onClick={onSignIn}>
            {texts.signIn}
          </button>
        </>
      ) : (
        <p aria-live="polite">{texts.signingIn}</p>
      )}
    </main>
  );
};
