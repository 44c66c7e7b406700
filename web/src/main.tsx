import { render } from 'preact';
import { ConsoleApp } from './console/console-app.js';
import { SignInNotice } from './console/sign-in-notice.js';
import { apiClient } from './shared/api/api-client.js';
import type { ConsoleConfig } from './shared/console-config.js';
import { DEFAULT_LANGUAGE, isLanguage } from './shared/i18n/language.js';
import { chosenLanguage } from './shared/i18n/language-choice.js';
import {
  CALLBACK_PATH,
  completeSignIn,
  forgetSignInPath,
  rememberedSignInPath,
  signedInUser,
  signIn,
} from './shared/session/session.js';

/** The language every call asks the API to answer in: the page's, which the console keeps to the choice. */
const pageLanguage = () => {
  const language = document.documentElement.lang;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
};

/**
 * The console's start: its settings, then sign-in (coming back from it, or going to it with the
 * page asked for), then the pages. A reload goes through sign-in again: tokens are kept in memory only.
 */
const start = async (root: HTMLElement) => {
  const language = chosenLanguage() ?? DEFAULT_LANGUAGE;
  const config = (await (await fetch('/config.json', { cache: 'no-store' })).json()) as ConsoleConfig;
  const here = new URL(location.href);
  // Where residents and staff sign in apart, starting again asks which once more: the way chosen may have been the wrong one.
  const startAgain = () => {
    if (!config.signIn.identityProvider) {
      return render(<SignInNotice language={language} onSignIn={() => signIn(config, '/', language)} />, root);
    }
    forgetSignInPath();
    render(<SignInNotice language={language} onChoose={(path) => signIn(config, '/', language, path)} />, root);
  };
  const returning = here.pathname === CALLBACK_PATH;
  if (returning) {
    try {
      history.replaceState(null, '', await completeSignIn(config, here));
    } catch {
      return startAgain();
    }
  }
  const user = signedInUser();
  // Back from sign-in with a token that names nobody: going to sign in again would loop.
  if (!user && returning) return startAgain();
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    // Where residents sign in elsewhere than staff, the first visit asks which; later ones remember.
    if (config.signIn.identityProvider && !rememberedSignInPath()) {
      render(<SignInNotice language={language} onChoose={(path) => signIn(config, next, language, path)} />, root);
      return;
    }
    render(<SignInNotice language={language} />, root);
    await signIn(config, next, language);
    return;
  }
  render(<ConsoleApp context={{ config, api: apiClient(config, pageLanguage), user }} />, root);
};

const root = document.getElementById('console');
if (root) void start(root);
