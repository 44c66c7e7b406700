import { useEffect } from 'preact/hooks';
import { DIRECTION, type Language } from '../shared/i18n/language.js';
import { CONSOLE_TEXTS } from './texts.js';

interface SignInNoticeProps {
  language: Language;
  /** Given when signing in failed: the notice then offers to start again rather than saying it is under way. */
  onSignIn?: () => void;
}

/** What shows while the browser goes to sign in, or when coming back from it failed. */
export const SignInNotice = ({ language, onSignIn }: SignInNoticeProps) => {
  const texts = CONSOLE_TEXTS[language];
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = DIRECTION[language];
    document.title = texts.serviceName;
  }, [language, texts]);
  return (
    <main class="sign-in-notice">
      <h1>{texts.serviceName}</h1>
      {onSignIn ? (
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
