import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CODE_LIFETIME_MS } from '../../../lib/local/authorization-codes.js';
import { LOCAL_CLIENT_ID, SESSION_COOKIE } from '../../../lib/local/local-sign-in.js';
import { TokenIssuer } from '../../../lib/local/token-issuer.js';
import { type BareLocalServer, bareLocalServer } from '../../support/bare-local-server.js';

// RFC 7636, appendix B: a verifier and its S256 challenge, worked out by the RFC's authors.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const RESIDENT = { role: 'resident', iqamaNumber: '2000000006', phone: '+966500000001', locale: 'en' };
const ESTABLISHMENT = { role: 'establishment', establishmentId: '7001234567', phone: '+966500000059', locale: 'en' };

describe('the local sign-in, in the place of Cognito’s hosted UI', () => {
  let server: BareLocalServer;
  let issuer: TokenIssuer;
  let keyDir: string;
  let now: Date;

  beforeAll(async () => {
    keyDir = mkdtempSync(join(tmpdir(), 'tawasul-sign-in-'));
    issuer = await TokenIssuer.load(join(keyDir, 'key.json'));
    server = await bareLocalServer({
      issuer,
      now: () => now,
      console: { files: { page: Buffer.from('<!doctype html>'), assets: new Map() }, s3Origin: 'http://127.0.0.1:9' },
    });
  });

  beforeEach(() => {
    now = new Date('2026-11-25T06:00:00Z');
  });

  afterAll(async () => {
    await server.close();
    rmSync(keyDir, { recursive: true, force: true });
  });

  const callback = () => `${server.base}/callback`;
  const oauth = (overrides: Record<string, string> = {}) => ({
    response_type: 'code',
    client_id: LOCAL_CLIENT_ID,
    redirect_uri: callback(),
    state: 'deep-link-1',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...overrides,
  });
  const authorize = (query: Record<string, string> | string, cookie?: string) =>
    fetch(`${server.base}/local/oauth2/authorize?${new URLSearchParams(query)}`, {
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    });
  const submit = (fields: Array<[string, string]>) =>
    fetch(`${server.base}/local/oauth2/authorize`, {
      method: 'POST',
      redirect: 'manual',
      headers: FORM,
      body: new URLSearchParams([...Object.entries(oauth()), ...fields]),
    });
  const exchange = (code: string, overrides: Record<string, string> = {}) =>
    fetch(`${server.base}/local/oauth2/token`, {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: callback(),
        client_id: LOCAL_CLIENT_ID,
        code_verifier: VERIFIER,
        ...overrides,
      }),
    });
  const codeOf = (response: Response) => new URL(response.headers.get('location')!).searchParams.get('code')!;
  const cookieOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0]!;
  const signedIn = async () => submit(Object.entries(RESIDENT));

  describe('GET /local/oauth2/authorize', () => {
    it('when no one is signed in, it answers the sign-in page in Arabic, right to left, with no script and the request kept in each form', async () => {
      // Act
      const response = await authorize(oauth());
      const page = await response.text();
      // Assess
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(page).toMatch(/<html lang="ar" dir="rtl">/);
      expect(page).not.toMatch(/<script|style=/);
      expect(page.match(/<form method="post" action="\/local\/oauth2\/authorize"/g)).toHaveLength(4);
      expect(page.match(new RegExp(`name="code_challenge" value="${CHALLENGE}"`, 'g'))).toHaveLength(4);
      for (const id of [
        'resident-iqamaNumber',
        'resident-phone',
        'reviewer-section-VISAS',
        'supervisor-locale',
        'establishment-establishmentId',
        'establishment-phone',
        'establishment-locale',
        'establishment-sub',
      ])
        expect(page).toContain(`<label for="${id}">`);
    });

    it('when English is asked for, the page is English, left to right', async () => {
      // Act
      const page = await (await authorize(oauth({ lang: 'en' }))).text();
      // Assess
      expect(page).toMatch(/<html lang="en" dir="ltr">/);
      expect(page).toContain('Sign in as a reviewer');
    });

    it.each([
      ['another client', { client_id: 'someone-else' }],
      ['a callback on another origin', { redirect_uri: 'http://evil.example/callback' }],
      ['another path of this origin', { redirect_uri: 'CALLBACK?x=1' }],
      ['the plain challenge method', { code_challenge_method: 'plain' }],
      ['a challenge that is no SHA-256', { code_challenge: 'short' }],
      ['an implicit grant', { response_type: 'token' }],
      ['no state', { state: '' }],
      ['a hostile client id', { client_id: '__proto__' }],
      ['a hostile callback', { redirect_uri: '__proto__' }],
      ['an unknown language', { lang: 'fr' }],
    ])('when the request names %s, it answers a 400 problem and no page', async (_, overrides) => {
      // Prepare
      const query = oauth(overrides);
      if (query.redirect_uri.startsWith('CALLBACK')) query.redirect_uri = `${server.base}/callbacks`;
      // Act
      const response = await authorize(query);
      // Assess
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });

    it('when a parameter is given twice, it answers a 400 problem naming it', async () => {
      // Act
      const response = await authorize(
        `${new URLSearchParams(oauth())}&redirect_uri=http%3A%2F%2Fevil.example%2Fcallback`,
      );
      const body = (await response.json()) as { errors: Array<{ pointer: string }> };
      // Assess
      expect(response.status).toBe(400);
      expect(body.errors.map((error) => error.pointer)).toEqual(['/query/redirect_uri']);
    });

    it('when the session cookie is valid, it returns to the callback at once with a code and the state, for the same person', async () => {
      // Prepare
      const cookie = cookieOf(await signedIn());
      // Act
      const response = await authorize(oauth({ state: 'after-reload' }), cookie);
      const location = new URL(response.headers.get('location')!);
      const tokens = (await (await exchange(codeOf(response))).json()) as { id_token: string };
      // Assess
      expect(response.status).toBe(302);
      expect(`${location.origin}${location.pathname}`).toBe(callback());
      expect(location.searchParams.get('state')).toBe('after-reload');
      expect((await issuer.verify(tokens.id_token))?.sub).toBe('resident-2000000006');
    });

    it('when the cookie holds a token not signed by the local issuer, it shows the sign-in page', async () => {
      // Prepare
      const foreign = await TokenIssuer.load(join(keyDir, 'other-key.json'));
      const { token } = await foreign.issue({ sub: 'intruder' });
      // Act
      const response = await authorize(oauth(), `${SESSION_COOKIE}=${token}`);
      // Assess
      expect(response.status).toBe(200);
      expect(response.headers.get('location')).toBeNull();
    });
  });

  describe('POST /local/oauth2/authorize (the sign-in form)', () => {
    it('when a resident signs in, it sets an httpOnly session cookie and returns to the callback with a code and the state', async () => {
      // Act
      const response = await signedIn();
      const location = new URL(response.headers.get('location')!);
      // Assess
      expect(response.status).toBe(302);
      expect(`${location.origin}${location.pathname}`).toBe(callback());
      expect(location.searchParams.get('state')).toBe('deep-link-1');
      expect(location.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(response.headers.get('set-cookie')).toMatch(
        new RegExp(`^${SESSION_COOKIE}=[\\w.-]+; HttpOnly; SameSite=Lax; Path=/; Max-Age=\\d+$`),
      );
    });

    it('when the iqama number is refused, the page shows the error beside the field, tied to it, and sets no cookie', async () => {
      // Act
      const response = await submit(Object.entries({ ...RESIDENT, iqamaNumber: '2000000007', lang: 'en' }));
      const page = await response.text();
      const field = /<input id="resident-iqamaNumber"[^>]*>/.exec(page)?.[0] ?? '';
      // Assess
      expect(response.status).toBe(400);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(field).toContain('aria-invalid="true"');
      expect(field).toMatch(/aria-describedby="[^"]*resident-iqamaNumber-error/);
      expect(field).toContain('value="2000000007"');
      expect(page).toMatch(/<p class="error" id="resident-iqamaNumber-error">Enter a valid iqama number/);
      expect(/<input id="resident-phone"[^>]*>/.exec(page)?.[0]).not.toContain('aria-invalid');
    });

    it('when a reviewer chooses no section, the sections are marked; with two, the token carries both', async () => {
      // Act
      const none = await submit([['role', 'reviewer']]);
      const two = await submit([
        ['role', 'reviewer'],
        ['sections', 'VISAS'],
        ['sections', 'RESIDENCY'],
        ['sub', 'reviewer-7'],
      ]);
      const tokens = (await (await exchange(codeOf(two))).json()) as { id_token: string };
      // Assess
      expect(none.status).toBe(400);
      expect(await none.text()).toMatch(/<fieldset aria-describedby="reviewer-sections-error" aria-invalid="true">/);
      expect(two.status).toBe(302);
      expect(await issuer.verify(tokens.id_token)).toMatchObject({
        sub: 'reviewer-7',
        'cognito:groups': 'reviewers',
        'custom:sections': 'VISAS,RESIDENCY',
      });
    });

    it('when an establishment’s staff member signs in with the unified number only, the token names the establishment, its staff group and a subject of that number', async () => {
      // Act
      const response = await submit(Object.entries({ ...ESTABLISHMENT, sub: '' }));
      const tokens = (await (await exchange(codeOf(response))).json()) as { id_token: string };
      // Assess
      expect(response.status).toBe(302);
      expect(response.headers.get('set-cookie')).toContain(`${SESSION_COOKIE}=`);
      expect(await issuer.verify(tokens.id_token)).toMatchObject({
        sub: 'establishment-7001234567',
        'cognito:groups': 'establishments',
        'custom:establishmentId': '7001234567',
        phone_number: '+966500000059',
        locale: 'en',
      });
    });

    it('when the unified number is refused, the establishment form shows the error beside the field, in Arabic by default, and sets no cookie', async () => {
      // Act
      const response = await submit(Object.entries({ ...ESTABLISHMENT, establishmentId: '8001234567', locale: 'ar' }));
      const page = await response.text();
      const field = /<input id="establishment-establishmentId"[^>]*>/.exec(page)?.[0] ?? '';
      // Assess
      expect(response.status).toBe(400);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(field).toContain('aria-invalid="true"');
      expect(field).toMatch(/aria-describedby="[^"]*establishment-establishmentId-error/);
      expect(field).toContain('value="8001234567"');
      expect(page).toMatch(/<p class="error" id="establishment-establishmentId-error">أدخل الرقم الموحد للمنشأة/);
      expect(/<input id="establishment-phone"[^>]*>/.exec(page)?.[0]).not.toContain('aria-invalid');
      expect(/<input id="resident-iqamaNumber"[^>]*>/.exec(page)?.[0]).not.toContain('aria-invalid');
    });

    it('when a value would break out of its attribute, the page writes it escaped', async () => {
      // Act
      const page = await (await submit(Object.entries({ ...RESIDENT, phone: '"><script>alert(1)</script>' }))).text();
      // Assess
      expect(page).not.toContain('<script>');
      expect(page).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    });

    it.each([
      ['an unknown role', {}, '__proto__'],
      ['a tampered callback', { redirect_uri: 'http://evil.example/callback' }, 'supervisor'],
    ])('when the form carries %s, it answers a 400 problem and no cookie', async (_, overrides, role) => {
      // Act
      const response = await fetch(`${server.base}/local/oauth2/authorize`, {
        method: 'POST',
        redirect: 'manual',
        headers: FORM,
        body: new URLSearchParams({ ...oauth(overrides), role }),
      });
      // Assess
      expect(response.status).toBe(400);
      expect(response.headers.get('set-cookie')).toBeNull();
    });
  });

  describe('POST /local/oauth2/token', () => {
    it('when the code is redeemed with its verifier, it answers the local issuer’s token, as Cognito answers a public client', async () => {
      // Prepare
      const code = codeOf(await signedIn());
      // Act
      const response = await exchange(code);
      const body = (await response.json()) as Record<string, unknown>;
      // Assess
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(body).toEqual({
        id_token: expect.any(String),
        access_token: body.id_token,
        token_type: 'Bearer',
        expires_in: 12 * 60 * 60,
      });
      expect(await issuer.verify(body.id_token as string)).toMatchObject({
        sub: 'resident-2000000006',
        'custom:iqamaNumber': '2000000006',
        phone_number: '+966500000001',
        locale: 'en',
      });
    });

    it('when a code is redeemed a second time, it is refused', async () => {
      // Prepare
      const code = codeOf(await signedIn());
      // Act
      const first = await exchange(code);
      const second = await exchange(code);
      // Assess
      expect(first.status).toBe(200);
      expect([second.status, await second.json()]).toEqual([400, { error: 'invalid_grant' }]);
    });

    it('when the verifier does not match the challenge, it is refused, and the code is spent', async () => {
      // Prepare
      const code = codeOf(await signedIn());
      // Act
      const wrong = await exchange(code, { code_verifier: `${VERIFIER.slice(0, -1)}A` });
      const afterwards = await exchange(code);
      // Assess
      expect([wrong.status, await wrong.json()]).toEqual([400, { error: 'invalid_grant' }]);
      expect(afterwards.status).toBe(400);
    });

    it('when the code has outlived its lifetime by the runtime’s clock, it is refused; just before, it is not', async () => {
      // Prepare
      const late = codeOf(await signedIn());
      const inTime = codeOf(await signedIn());
      // Act
      now = new Date(now.getTime() + CODE_LIFETIME_MS - 1);
      const justBefore = await exchange(inTime);
      now = new Date(now.getTime() + 1);
      const expired = await exchange(late);
      // Assess
      expect(justBefore.status).toBe(200);
      expect([expired.status, await expired.json()]).toEqual([400, { error: 'invalid_grant' }]);
    });

    it.each([
      ['another callback', { redirect_uri: 'http://evil.example/callback' }, 'invalid_grant'],
      ['another client', { client_id: 'someone-else' }, 'invalid_client'],
      ['another grant', { grant_type: 'password' }, 'unsupported_grant_type'],
      ['no verifier', { code_verifier: '' }, 'invalid_request'],
      ['a hostile code', { code: '__proto__' }, 'invalid_grant'],
      ['a hostile verifier', { code_verifier: 'constructor' }, 'invalid_grant'],
    ])('when the exchange names %s, it answers the OAuth error %s', async (_, overrides, error) => {
      // Prepare
      const code = codeOf(await signedIn());
      // Act
      const response = await exchange(code, overrides);
      // Assess
      expect([response.status, await response.json()]).toEqual([400, { error }]);
    });

    it('when the exchange is sent as JSON, it answers invalid_request', async () => {
      // Act
      const response = await fetch(`${server.base}/local/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'authorization_code' }),
      });
      // Assess
      expect([response.status, await response.json()]).toEqual([400, { error: 'invalid_request' }]);
    });
  });

  describe('GET /local/sign-out', () => {
    it('when signing out to the console, it clears the cookie and returns there', async () => {
      // Act
      const response = await fetch(
        `${server.base}/local/sign-out?${new URLSearchParams({ client_id: LOCAL_CLIENT_ID, logout_uri: `${server.base}/` })}`,
        { redirect: 'manual' },
      );
      // Assess
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(`${server.base}/`);
      expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=; .*Max-Age=0`));
    });

    it.each([
      ['another origin', { client_id: LOCAL_CLIENT_ID, logout_uri: 'http://evil.example/' }],
      ['no address', { client_id: LOCAL_CLIENT_ID }],
      ['another client', { client_id: 'someone-else', logout_uri: 'BASE/' }],
    ])('when the return address is %s, it answers a 400 problem and keeps the cookie', async (_, query) => {
      // Prepare
      const given = Object.fromEntries(
        Object.entries(query).map(([name, value]) => [name, value.replace('BASE', server.base)]),
      );
      // Act
      const response = await fetch(`${server.base}/local/sign-out?${new URLSearchParams(given)}`, {
        redirect: 'manual',
      });
      // Assess
      expect(response.status).toBe(400);
      expect(response.headers.get('set-cookie')).toBeNull();
    });
  });

  describe('a sign-in another site starts', () => {
    const signInBody = () => new URLSearchParams([...Object.entries(oauth()), ...Object.entries(RESIDENT)]);

    it.each([
      ['a form posted from another origin', { origin: 'http://evil.example' }],
      ['a form the browser marks cross-site', { 'sec-fetch-site': 'cross-site' }],
      ['a form from a no-referrer page elsewhere', { origin: 'null', 'sec-fetch-site': 'cross-site' }],
    ])('when it is %s, the sign-in page refuses it with a 403 and sets no cookie', async (_, headers) => {
      // Act
      const response = await fetch(`${server.base}/local/oauth2/authorize`, {
        method: 'POST',
        redirect: 'manual',
        headers: { ...FORM, ...headers },
        body: signInBody(),
      });

      // Assess
      expect(response.status).toBe(403);
      expect(response.headers.get('set-cookie')).toBeNull();
    });

    it.each([
      ['naming this origin', { origin: 'SELF', 'sec-fetch-site': 'same-origin' }],
      ['from the no-referrer sign-in page itself (Origin: null)', { origin: 'null', 'sec-fetch-site': 'same-origin' }],
    ])('when the form comes from this origin, %s, it signs in', async (_, headers) => {
      // Act
      const response = await fetch(`${server.base}/local/oauth2/authorize`, {
        method: 'POST',
        redirect: 'manual',
        headers: { ...FORM, ...headers, origin: headers.origin === 'SELF' ? server.base : headers.origin },
        body: signInBody(),
      });

      // Assess
      expect(response.status).toBe(302);
      expect(response.headers.get('set-cookie')).toContain('tawasul_local_session=');
    });

    it('when a link on another site is followed to the direct sign-in, it is refused with a 403 and no cookie', async () => {
      // Act
      const response = await fetch(`${server.base}/local/sign-in?${new URLSearchParams(RESIDENT)}`, {
        redirect: 'manual',
        headers: { 'sec-fetch-site': 'cross-site' },
      });

      // Assess
      expect(response.status).toBe(403);
      expect(response.headers.get('set-cookie')).toBeNull();
    });
  });

  describe('GET /local/sign-in (the direct link)', () => {
    const direct = (query: Record<string, string> | string) =>
      fetch(`${server.base}/local/sign-in?${new URLSearchParams(query)}`, { redirect: 'manual' });

    it('when a reviewer’s link is followed, it sets the session cookie and goes to next; the next authorize returns at once', async () => {
      // Act
      const response = await direct({
        role: 'reviewer',
        sections: 'VISAS,RESIDENCY',
        sub: 'rev-1',
        next: '/review?status=OPEN',
      });
      const again = await authorize(oauth(), cookieOf(response));
      const tokens = (await (await exchange(codeOf(again))).json()) as { id_token: string };
      // Assess
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/review?status=OPEN');
      expect(again.status).toBe(302);
      expect(await issuer.verify(tokens.id_token)).toMatchObject({
        sub: 'rev-1',
        'custom:sections': 'VISAS,RESIDENCY',
      });
    });

    it('when an establishment’s link is followed, it signs in as its staff and goes to next', async () => {
      // Act
      const response = await direct({
        ...ESTABLISHMENT,
        sub: 'staff-1',
        next: '/establishment/employees?documentType=IQAMA',
      });
      const again = await authorize(oauth(), cookieOf(response));
      const tokens = (await (await exchange(codeOf(again))).json()) as { id_token: string };
      // Assess
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/establishment/employees?documentType=IQAMA');
      expect(await issuer.verify(tokens.id_token)).toMatchObject({
        sub: 'staff-1',
        'cognito:groups': 'establishments',
        'custom:establishmentId': '7001234567',
      });
    });

    it('when an establishment’s link names no subject, the subject is the unified number’s, as on the page', async () => {
      // Act
      const response = await direct(ESTABLISHMENT);
      const again = await authorize(oauth(), cookieOf(response));
      const tokens = (await (await exchange(codeOf(again))).json()) as { id_token: string };
      // Assess
      expect((await issuer.verify(tokens.id_token))?.sub).toBe('establishment-7001234567');
    });

    it.each(['//evil.example', '/\\evil.example', 'https://evil.example/'])(
      'when an establishment’s link names next %j, it refuses with a 400 problem and no cookie',
      async (next) => {
        // Act
        const response = await direct({ ...ESTABLISHMENT, next });
        // Assess
        expect(response.status).toBe(400);
        expect(response.headers.get('location')).toBeNull();
        expect(response.headers.get('set-cookie')).toBeNull();
      },
    );

    it('when an establishment’s link is followed from another site, it is refused with a 403 and no cookie', async () => {
      // Act
      const response = await fetch(`${server.base}/local/sign-in?${new URLSearchParams(ESTABLISHMENT)}`, {
        redirect: 'manual',
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      // Assess
      expect(response.status).toBe(403);
      expect(response.headers.get('set-cookie')).toBeNull();
    });

    it('when no next is given, it goes to the console’s first page', async () => {
      // Act
      const response = await direct({ role: 'supervisor' });
      // Assess
      expect([response.status, response.headers.get('location')]).toEqual([302, '/']);
    });

    it.each([
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/.//evil.example',
      '/%2e//evil.example',
      '/a/..//evil.example',
      'https://evil.example/',
      'evil.example',
      '/inquiries\r\nset-cookie: x=1',
      '',
    ])('when next is %j, it refuses with a 400 problem and no cookie', async (next) => {
      // Act
      const response = await direct({ ...RESIDENT, next });
      // Assess
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(response.headers.get('set-cookie')).toBeNull();
    });

    it.each([
      ['a refused iqama number', { ...RESIDENT, iqamaNumber: '1234' }],
      ['an unknown role', { role: 'admin' }],
      ['an unknown section', { role: 'reviewer', sections: 'VISAS,NOPE' }],
      ['a unified number not starting with 7', { ...ESTABLISHMENT, establishmentId: '8001234567' }],
      ['a unified number too short', { ...ESTABLISHMENT, establishmentId: '700123456' }],
      ['an establishment with no phone', { role: 'establishment', establishmentId: '7001234567' }],
      ['an establishment with an iqama number', { ...ESTABLISHMENT, iqamaNumber: '2000000006' }],
      ['an establishment with sections', { ...ESTABLISHMENT, sections: 'VISAS' }],
      ['an unknown parameter', { ...RESIDENT, admin: 'true' }],
      ['a hostile parameter', `${new URLSearchParams(RESIDENT)}&__proto__=x`],
      ['a hostile role', { role: '__proto__' }],
      ['a hostile constructor', `${new URLSearchParams(RESIDENT)}&constructor=x`],
    ])('when the link carries %s, it answers a 400 problem and no cookie', async (_, query) => {
      // Act
      const response = await direct(query);
      // Assess
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('set-cookie')).toBeNull();
    });

    it('when a parameter is given twice, it answers a 400 problem', async () => {
      // Act
      const response = await direct(`${new URLSearchParams(RESIDENT)}&role=supervisor`);
      // Assess
      expect(response.status).toBe(400);
    });
  });
});
