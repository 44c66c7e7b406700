import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK, jwtVerify, SignJWT } from 'jose';

const ALGORITHM = 'ES256';
const ISSUER = 'urn:tawasul:local';
/** How long a token is valid, in seconds; the local sign-in session lasts as long as the token it holds. */
export const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

export type Claims = Record<string, string>;

/**
 * Signs and verifies the local runtime's tokens. The key pair is kept with the local data, so
 * tokens issued before a restart stay valid after it.
 */
export class TokenIssuer {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
  ) {}

  static async load(keyFile: string): Promise<TokenIssuer> {
    if (!existsSync(keyFile)) {
      const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
      mkdirSync(dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, JSON.stringify(await exportJWK(privateKey)), { mode: 0o600 });
    }
    const jwk = JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
    const { d: _private, ...publicJwk } = jwk;
    return new TokenIssuer(
      (await importJWK(jwk, ALGORITHM)) as CryptoKey,
      (await importJWK(publicJwk, ALGORITHM)) as CryptoKey,
    );
  }

  async issue(claims: Claims): Promise<{ token: string; expiresAt: string }> {
    const token = await new SignJWT({ ...claims, token_use: 'id' })
      .setProtectedHeader({ alg: ALGORITHM })
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
      .sign(this.privateKey);
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number };
    return { token, expiresAt: new Date(exp * 1000).toISOString() };
  }

  /** The token's claims as the Cognito authorizer passes them on: every value a string. */
  async verify(token: string): Promise<Claims | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, { issuer: ISSUER, algorithms: [ALGORITHM] });
      return Object.fromEntries(Object.entries(payload).map(([name, value]) => [name, String(value)]));
    } catch {
      return undefined;
    }
  }
}
