import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** As long as Cognito's: the browser redeems a code the moment it lands on the callback. */
export const CODE_LIFETIME_MS = 5 * 60 * 1000;

/** What a code was issued for: the token it stands for and the request it must be redeemed with. */
export interface CodeGrant {
  token: string;
  clientId: string;
  redirectUri: string;
  /** The S256 challenge: the base64url SHA-256 of the verifier the redeemer must show. */
  codeChallenge: string;
}

export interface CodeRedemption {
  code: string;
  clientId: string;
  redirectUri: string;
  codeVerifier: string;
}

/** RFC 7636: 43 to 128 characters of the unreserved set. */
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

const s256Challenge = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * The authorization codes of the local sign-in, kept in memory: each is redeemed once at most (a
 * second try finds nothing), within its lifetime by the runtime's clock, with the client, the
 * redirect URI and the PKCE verifier it was issued for.
 */
export class AuthorizationCodes {
  readonly #grants = new Map<string, CodeGrant & { expiresAt: number }>();

  constructor(private readonly now: () => Date) {}

  issue(grant: CodeGrant): string {
    this.#forgetExpired();
    const code = randomBytes(32).toString('base64url');
    this.#grants.set(code, { ...grant, expiresAt: this.now().getTime() + CODE_LIFETIME_MS });
    return code;
  }

  /** The token the code stands for, or undefined when anything does not match; the code is spent either way. */
  redeem(redemption: CodeRedemption): string | undefined {
    const grant = this.#grants.get(redemption.code);
    this.#grants.delete(redemption.code);
    if (!grant || grant.expiresAt <= this.now().getTime()) return undefined;
    const matches =
      grant.clientId === redemption.clientId &&
      grant.redirectUri === redemption.redirectUri &&
      VERIFIER.test(redemption.codeVerifier) &&
      sameText(s256Challenge(redemption.codeVerifier), grant.codeChallenge);
    return matches ? grant.token : undefined;
  }

  #forgetExpired() {
    const now = this.now().getTime();
    for (const [code, grant] of this.#grants) if (grant.expiresAt <= now) this.#grants.delete(code);
  }
}
