import type { ConsoleConfig } from '../console-config.js';
import { challengeOf, randomToken } from './pkce.js';
import { type SignedInUser, userOf } from './signed-in-user.js';

/** The console's sign-in return address: the authorization server sends the code here. */
export const CALLBACK_PATH = '/callback';

/**
 * What must outlive the round trip to the sign-in page: the verifier, the state and the page to go
 * back to. Kept in sessionStorage (this tab only) and removed on return; tokens never are stored.
 */
const PENDING_SIGN_IN = 'tawasul.pendingSignIn';

interface PendingSignIn {
  state: string;
  verifier: string;
  next: string;
}

interface Tokens {
  idToken: string;
  refreshToken?: string;
  /** Milliseconds since the epoch, by the browser's clock, after which the token is renewed first. */
  renewAfter: number;
}

/** Tokens live in this module only: a reload signs in again (silently while the server's session lasts). */
let tokens: Tokens | undefined;

/** Why signing in did not finish, for the page that says so. */
export class SignInFailed extends Error {
  constructor(
    readonly reason: 'state-mismatch' | 'refused' | 'exchange-failed',
    options?: ErrorOptions,
  ) {
    super(`Sign-in failed: ${reason}`, options);
  }
}

/** Only a path of this console: never another origin (`//host`, `/\host`) to return to. */
export const safeNext = (next: string | null | undefined): string =>
  next && /^\/(?![/\\])/.test(next) && ![...next].some((c) => c.charCodeAt(0) < 0x20) ? next : '/';

const redirectUri = () => `${location.origin}${CALLBACK_PATH}`;

/**
 * How a person signs in where the stage federates the national identity provider: residents
 * there, the directorate's staff with the user pool's own page (password and MFA). Remembered in
 * this browser (a choice, not personal data) so that a reload signs in again the same way.
 */
export type SignInPath = 'national' | 'staff';
const SIGN_IN_PATH = 'tawasul.signInPath';

export const rememberedSignInPath = (): SignInPath | undefined => {
  const path = localStorage.getItem(SIGN_IN_PATH);
  return path === 'national' || path === 'staff' ? path : undefined;
};

/** Forgets how this browser signs in: after a failed sign-in, the wrong way chosen once must not stick. */
export const forgetSignInPath = (): void => localStorage.removeItem(SIGN_IN_PATH);

/** Sends the browser to the sign-in page, to come back to `next`. */
export const signIn = async (
  config: ConsoleConfig,
  next: string,
  language: string,
  path: SignInPath | undefined = rememberedSignInPath(),
): Promise<void> => {
  if (path) localStorage.setItem(SIGN_IN_PATH, path);
  const pending: PendingSignIn = { state: randomToken(), verifier: randomToken(), next: safeNext(next) };
  sessionStorage.setItem(PENDING_SIGN_IN, JSON.stringify(pending));
  const url = new URL(config.signIn.authorizeUrl, location.origin);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.signIn.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid',
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
    lang: language,
    ...(config.signIn.identityProvider && path === 'national'
      ? { identity_provider: config.signIn.identityProvider }
      : {}),
  }).toString();
  location.assign(url.toString());
};

const readPending = (): PendingSignIn | undefined => {
  const text = sessionStorage.getItem(PENDING_SIGN_IN);
  sessionStorage.removeItem(PENDING_SIGN_IN);
  try {
    const pending = text ? (JSON.parse(text) as Partial<PendingSignIn>) : undefined;
    return typeof pending?.state === 'string' && typeof pending.verifier === 'string'
      ? { state: pending.state, verifier: pending.verifier, next: safeNext(pending.next) }
      : undefined;
  } catch {
    return undefined;
  }
};

interface TokenAnswer {
  id_token?: unknown;
  refresh_token?: unknown;
  expires_in?: unknown;
}

const requestTokens = async (config: ConsoleConfig, form: Record<string, string>): Promise<Tokens> => {
  const response = await fetch(new URL(config.signIn.tokenUrl, location.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: config.signIn.clientId, ...form }),
  });
  const answer = (await response.json().catch(() => ({}))) as TokenAnswer;
  if (!response.ok || typeof answer.id_token !== 'string') throw new SignInFailed('exchange-failed');
  // Renewed a minute early; how long it lasts comes from the server, so a wrong clock here cannot end it.
  const lifetime = typeof answer.expires_in === 'number' ? answer.expires_in : 3600;
  return {
    idToken: answer.id_token,
    refreshToken: typeof answer.refresh_token === 'string' ? answer.refresh_token : tokens?.refreshToken,
    renewAfter: Date.now() + Math.max(lifetime - 60, 30) * 1000,
  };
};

/**
 * Finishes a sign-in when the browser is back at the callback: checks the state, exchanges the code
 * with the verifier, and answers the page to go to.
 */
export const completeSignIn = async (config: ConsoleConfig, url: URL): Promise<string> => {
  const pending = readPending();
  const state = url.searchParams.get('state');
  if (!pending || !state || state !== pending.state) throw new SignInFailed('state-mismatch');
  const code = url.searchParams.get('code');
  if (!code) throw new SignInFailed('refused');
  tokens = await requestTokens(config, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri(),
    code_verifier: pending.verifier,
  });
  return pending.next;
};

/** The ID token to call the API with, renewed first when it is about to end; none once it cannot be. */
export const idToken = async (config: ConsoleConfig): Promise<string | undefined> => {
  if (!tokens) return undefined;
  if (Date.now() < tokens.renewAfter) return tokens.idToken;
  if (!tokens.refreshToken) return tokens.idToken;
  try {
    tokens = await requestTokens(config, { grant_type: 'refresh_token', refresh_token: tokens.refreshToken });
  } catch {
    tokens = undefined;
  }
  return tokens?.idToken;
};

export const signedInUser = (): SignedInUser | undefined => (tokens ? userOf(tokens.idToken) : undefined);

/** Forgets the tokens and ends the server's session, coming back to the console's start. */
export const signOut = (config: ConsoleConfig): void => {
  tokens = undefined;
  forgetSignInPath();
  const url = new URL(config.signIn.logoutUrl, location.origin);
  url.search = new URLSearchParams({ client_id: config.signIn.clientId, logout_uri: `${location.origin}/` }).toString();
  location.assign(url.toString());
};
