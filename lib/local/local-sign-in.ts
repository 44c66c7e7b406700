import * as v from 'valibot';
import { ValidationFailed } from '../../functions/domain/shared/errors.js';
import { TEXT_LOCALES } from '../../functions/domain/shared/locale.js';
import { HttpRequestError } from '../../functions/http/request-errors.js';
import { parseInput } from '../../functions/http/validation.js';
import { AuthorizationCodes } from './authorization-codes.js';
import { SIGN_IN_ROLES, SIGN_IN_STYLESHEET, type SignInRole, type SubmittedForm, signInPage } from './sign-in-page.js';
import { type Claims, TOKEN_LIFETIME_SECONDS, type TokenIssuer } from './token-issuer.js';
import { claimsFor, TokenRequest } from './token-request.js';

/** The console's client at the local sign-in, as an app client's id is at Cognito. */
export const LOCAL_CLIENT_ID = 'tawasul-local-console';

/** Holds a token of the local issuer: verified on each use, so it survives restarts as the signing key does. */
export const SESSION_COOKIE = 'tawasul_local_session';

/** An answer for the local server to write as it is. */
export interface LocalAnswer {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

export interface LocalSignInOptions {
  issuer: TokenIssuer;
  /** The runtime's clock, which codes expire by. */
  now: () => Date;
  /** The origins the console is served from: its callback and sign-out return only there. */
  origins: readonly string[];
}

const FORM_MEDIA_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;

const PAGE_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const NOT_STORED = { 'cache-control': 'no-store', pragma: 'no-cache' };

/** Claims the issuer adds to each token itself: a new token from a session's token gets fresh ones. */
const ISSUED_CLAIMS = ['iss', 'iat', 'exp', 'jti', 'token_use', 'nbf', 'aud'];

/** A parameter given twice is refused: which of the two a reader would take is anybody's guess. */
const singleValued = (parameters: URLSearchParams, base: string): Record<string, string> => {
  const names = [...parameters.keys()];
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  if (repeated.length > 0)
    throw new ValidationFailed(repeated.map((name) => ({ pointer: `${base}/${name}`, code: 'invalid' })));
  return Object.fromEntries(parameters);
};

const sessionToken = (cookieHeader: string | undefined): string | undefined =>
  (cookieHeader ?? '')
    .split(';')
    .map((pair) => pair.trim())
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);

const sessionCookie = (token: string) =>
  `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${TOKEN_LIFETIME_SECONDS}`;

const redirect = (location: string, headers: Record<string, string> = {}): LocalAnswer => ({
  status: 302,
  headers: { location, ...NOT_STORED, ...headers },
});

const html = (status: number, body: string): LocalAnswer => ({
  status,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': PAGE_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...NOT_STORED,
  },
  body,
});

const oauthError = (error: string): LocalAnswer => ({
  status: 400,
  headers: { 'content-type': 'application/json; charset=utf-8', ...NOT_STORED },
  body: JSON.stringify({ error }),
});

/**
 * Where a direct sign-in link may send its user: a path of this origin. `//host` and `/\host` are
 * read by browsers as another host, and controls could split the header, so both are refused.
 */
export const safeNextPath = (next: string): string | undefined => {
  if (!/^\/(?![/\\])/.test(next) || /[\\\p{Cc}]/u.test(next)) return undefined;
  const base = 'http://console.invalid';
  const url = URL.parse(next, base);
  if (!url || url.origin !== base) return undefined;
  // Judged again once normalised: `/.//host` and `/a/..//host` become `//host`.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return /^\/(?![/\\])/.test(path) ? path : undefined;
};

/** The request headers the sign-in reads, as Node gives them (names in lower case). */
type RequestHeaders = Record<string, string | string[] | undefined> & {
  origin?: string;
  'sec-fetch-site'?: string;
  'content-type'?: string;
};

/**
 * Whose token to issue, with a resident's subject taken from the iqama number unless given, and an
 * establishment staff member's from the unified number: the same numbers are the same person,
 * through the page or the direct link.
 */
const claimsOfRequest = (request: v.InferOutput<typeof TokenRequest>): Claims => {
  if (request.role === 'resident')
    return claimsFor({ ...request, sub: request.sub ?? `resident-${request.iqamaNumber}` });
  if (request.role === 'establishment')
    return claimsFor({ ...request, sub: request.sub ?? `establishment-${request.establishmentId}` });
  return claimsFor(request);
};

const FORM_FIELDS: Record<SignInRole, readonly string[]> = {
  resident: ['iqamaNumber', 'phone'],
  reviewer: [],
  supervisor: [],
  establishment: ['establishmentId', 'phone'],
};

const isSignInRole = (role: string | null): role is SignInRole =>
  role !== null && (SIGN_IN_ROLES as readonly string[]).includes(role);

/** A form's fields as a token request: a field left blank is one not given (an optional subject, say). */
const tokenRequestInput = (fields: Record<string, string | string[]>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));

/**
 * The local stand-in for Cognito's hosted sign-in: OAuth 2.0's authorization code with PKCE (S256
 * only), its codes single-use and short-lived, its tokens the ones `/local/tokens` issues. A
 * session cookie holding the token lets an authorize request return at once, as Cognito's own
 * session does after a reload.
 */
export const localSignIn = (options: LocalSignInOptions) => {
  const codes = new AuthorizationCodes(options.now);
  const callbacks = options.origins.map((origin) => `${origin}/callback`);
  const AuthorizeRequest = v.object({
    response_type: v.literal('code'),
    client_id: v.literal(LOCAL_CLIENT_ID),
    redirect_uri: v.picklist(callbacks),
    state: v.pipe(v.string(), v.regex(/^[\x21-\x7e]{1,1024}$/)),
    code_challenge: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
    code_challenge_method: v.literal('S256'),
    lang: v.optional(v.picklist(TEXT_LOCALES)),
  });
  type Authorize = v.InferOutput<typeof AuthorizeRequest>;
  const SignOutRequest = v.object({
    client_id: v.literal(LOCAL_CLIENT_ID),
    logout_uri: v.pipe(
      v.string(),
      v.check((uri) => options.origins.includes(URL.parse(uri)?.origin ?? ''), 'invalid'),
    ),
  });

  const oauthFields = ({ lang: _lang, ...request }: Authorize): Record<string, string> => request;

  /**
   * A sign-in another site starts (a form it posts, a link it follows) would sign the visitor in
   * as whoever that site chose, and their next reload would be that person's: refused, by what
   * the browser says of the request's origin (a script or a typed address says nothing). A page
   * sent with `no-referrer`, as the sign-in page is, posts `Origin: null`, which says nothing
   * either: then `Sec-Fetch-Site` tells.
   */
  const refuseCrossSite = (headers: RequestHeaders) => {
    const origin = headers.origin === 'null' ? undefined : headers.origin;
    if (headers['sec-fetch-site'] === 'cross-site' || (origin !== undefined && !options.origins.includes(origin)))
      throw new HttpRequestError('forbidden', 'A sign-in started by another site');
  };

  const toCallback = async (request: Authorize, claims: Claims, headers: Record<string, string> = {}) => {
    const { token } = await options.issuer.issue(claims);
    const location = new URL(request.redirect_uri);
    location.searchParams.set(
      'code',
      codes.issue({
        token,
        clientId: request.client_id,
        redirectUri: request.redirect_uri,
        codeChallenge: request.code_challenge,
      }),
    );
    location.searchParams.set('state', request.state);
    return redirect(location.href, headers);
  };

  const sessionClaims = async (cookieHeader: string | undefined): Promise<Claims | undefined> => {
    const token = sessionToken(cookieHeader);
    const claims = token ? await options.issuer.verify(token) : undefined;
    if (!claims) return undefined;
    return Object.fromEntries(Object.entries(claims).filter(([name]) => !ISSUED_CLAIMS.includes(name)));
  };

  /** The form's fields for its role only, checked as `/local/tokens` checks a body. */
  const checkForm = (form: URLSearchParams): { form: SubmittedForm; request?: v.InferOutput<typeof TokenRequest> } => {
    const role = form.get('role');
    if (!isSignInRole(role)) throw new ValidationFailed([{ pointer: '/role', code: 'not_allowed_value' }]);
    const names = FORM_FIELDS[role];
    const values: Record<string, string | string[]> = Object.fromEntries(
      [...names, 'locale', 'sub'].map((name) => [name, form.get(name) ?? '']),
    );
    if (role === 'reviewer') values.sections = form.getAll('sections');
    try {
      const request = parseInput(TokenRequest, { role, ...tokenRequestInput(values) });
      return { form: { role, values, errors: {} }, request };
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      const errors = Object.fromEntries(error.issues.map((issue) => [issue.pointer.split('/')[1] ?? '', issue.code]));
      return { form: { role, values, errors } };
    }
  };

  return {
    /** GET: straight back to the callback with a code when signed in, else the sign-in page. */
    authorize: async (query: URLSearchParams, cookieHeader: string | undefined): Promise<LocalAnswer> => {
      const request = parseInput(AuthorizeRequest, singleValued(query, '/query'), '/query');
      const claims = await sessionClaims(cookieHeader);
      if (claims) return toCallback(request, claims);
      return html(200, signInPage({ lang: request.lang ?? 'ar', oauth: oauthFields(request) }));
    },

    /** POST from the sign-in page: the OAuth request again, and who signs in. */
    signIn: async (headers: RequestHeaders, body: string): Promise<LocalAnswer> => {
      refuseCrossSite(headers);
      if (!FORM_MEDIA_TYPE.test(headers['content-type'] ?? ''))
        throw new HttpRequestError('unsupported-media-type', 'The sign-in form is sent form-encoded');
      const form = new URLSearchParams(body);
      const oauth = Object.fromEntries(
        Object.keys(AuthorizeRequest.entries).flatMap((name) => {
          const given = form.get(name);
          return given === null ? [] : [[name, given]];
        }),
      );
      const request = parseInput(AuthorizeRequest, oauth, '/form');
      const checked = checkForm(form);
      if (!checked.request)
        return html(
          400,
          signInPage({ lang: request.lang ?? 'ar', oauth: oauthFields(request), submitted: checked.form }),
        );
      const claims = claimsOfRequest(checked.request);
      const { token } = await options.issuer.issue(claims);
      return toCallback(request, claims, { 'set-cookie': sessionCookie(token) });
    },

    /** POST: the code and its verifier for the token, as Cognito's /oauth2/token answers a public client. */
    token: (contentType: string | undefined, body: string): LocalAnswer => {
      if (!FORM_MEDIA_TYPE.test(contentType ?? '')) return oauthError('invalid_request');
      const form = new URLSearchParams(body);
      const names = ['grant_type', 'code', 'redirect_uri', 'client_id', 'code_verifier'] as const;
      const [grantType, code, redirectUri, clientId, codeVerifier] = names.map((name) =>
        form.getAll(name).length === 1 ? form.get(name)! : undefined,
      );
      if (grantType !== undefined && grantType !== 'authorization_code') return oauthError('unsupported_grant_type');
      if (!grantType || !code || !redirectUri || !clientId || !codeVerifier) return oauthError('invalid_request');
      if (clientId !== LOCAL_CLIENT_ID) return oauthError('invalid_client');
      const token = codes.redeem({ code, clientId, redirectUri, codeVerifier });
      if (!token) return oauthError('invalid_grant');
      return {
        status: 200,
        headers: { 'content-type': 'application/json; charset=utf-8', ...NOT_STORED },
        body: JSON.stringify({
          id_token: token,
          access_token: token,
          token_type: 'Bearer',
          expires_in: TOKEN_LIFETIME_SECONDS,
        }),
      };
    },

    /** GET: ends the session and returns to the console, as Cognito's /logout does. */
    signOut: (query: URLSearchParams): LocalAnswer => {
      const request = parseInput(SignOutRequest, singleValued(query, '/query'), '/query');
      return redirect(request.logout_uri, {
        'set-cookie': `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`,
      });
    },

    /** GET: the direct link for scripts and tests: signs in as `/local/tokens` would, then goes to `next`. */
    directSignIn: async (query: URLSearchParams, headers: RequestHeaders): Promise<LocalAnswer> => {
      refuseCrossSite(headers);
      const { next = '/', sections, ...fields } = singleValued(query, '/query');
      const target = safeNextPath(next);
      if (target === undefined) throw new ValidationFailed([{ pointer: '/query/next', code: 'invalid' }]);
      const input = { ...fields, ...(sections !== undefined && { sections: sections.split(',') }) };
      const request = parseInput(TokenRequest, input, '/query');
      const { token } = await options.issuer.issue(claimsOfRequest(request));
      return redirect(target, { 'set-cookie': sessionCookie(token) });
    },

    stylesheet: (): LocalAnswer => ({
      status: 200,
      headers: { 'content-type': 'text/css; charset=utf-8', 'x-content-type-options': 'nosniff', ...NOT_STORED },
      body: SIGN_IN_STYLESHEET,
    }),
  };
};

export type LocalSignIn = ReturnType<typeof localSignIn>;
