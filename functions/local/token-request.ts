import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { SECTION_CODES } from '../core/categories.js';
import { LOCALES } from '../core/locale.js';
import { isIqamaNumber, isSaudiMobile } from '../core/resident.js';
import { CLAIMS, REVIEWERS_GROUP } from '../http/identity.js';
import type { Claims } from './token-issuer.js';

const Subject = z.string().regex(/^[A-Za-z0-9._-]{1,128}$/).optional();

/** What `POST /local/tokens` accepts: the claims a resident or a reviewer would sign in with. */
export const TokenRequest = z.discriminatedUnion('role', [
  z.strictObject({
    role: z.literal('resident'),
    sub: Subject,
    iqamaNumber: z.string().refine(isIqamaNumber, { params: { code: 'invalid' } }),
    phone: z.string().refine(isSaudiMobile, { params: { code: 'invalid' } }),
    locale: z.enum(LOCALES).default('ar'),
  }),
  z.strictObject({
    role: z.literal('reviewer'),
    sub: Subject,
    sections: z.array(z.enum(SECTION_CODES)).min(1).max(SECTION_CODES.length),
    locale: z.enum(LOCALES).default('ar'),
  }),
]);

export const claimsFor = (request: z.output<typeof TokenRequest>): Claims => {
  const sub = request.sub ?? randomUUID();
  if (request.role === 'resident') {
    return { [CLAIMS.subject]: sub, [CLAIMS.iqamaNumber]: request.iqamaNumber, [CLAIMS.phone]: request.phone, [CLAIMS.locale]: request.locale };
  }
  return { [CLAIMS.subject]: sub, [CLAIMS.groups]: REVIEWERS_GROUP, [CLAIMS.sections]: request.sections.join(','), [CLAIMS.locale]: request.locale };
};
