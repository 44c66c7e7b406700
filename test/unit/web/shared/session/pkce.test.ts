import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { challengeOf, randomToken } from '../../../../../web/src/shared/session/pkce.js';

describe('PKCE', () => {
  it('when a verifier is made, it is 43 unreserved characters and never the same twice', () => {
    // Act
    const verifiers = Array.from({ length: 50 }, () => randomToken());

    // Assess
    for (const verifier of verifiers) expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(verifiers).size).toBe(50);
  });

  it("when the challenge is made, it is the verifier's SHA-256 in base64url, as RFC 7636's example gives", async () => {
    // Prepare: RFC 7636, appendix B.
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

    // Act
    const challenge = await challengeOf(verifier);

    // Assess
    expect(challenge).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
  });
});
