/** RFC 7636: a verifier of 43 unreserved characters (32 random bytes) and its S256 challenge. */

const base64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

/** A random string for PKCE's verifier or OAuth's `state`: 32 bytes, base64url. */
export const randomToken = (): string => base64Url(crypto.getRandomValues(new Uint8Array(32)));

/** The verifier's S256 challenge: base64url of its SHA-256. */
export const challengeOf = async (verifier: string): Promise<string> =>
  base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
