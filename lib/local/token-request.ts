import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { CLAIMS, ESTABLISHMENTS_GROUP, REVIEWERS_GROUP, SUPERVISORS_GROUP } from '../../functions/contract/identity.js';
import { isEstablishmentId } from '../../functions/domain/establishments/establishment-staff.js';
import { SECTION_CODES } from '../../functions/domain/inquiries/categories.js';
import { isIqamaNumber, isSaudiMobile } from '../../functions/domain/residents/resident.js';
import { LOCALES } from '../../functions/domain/shared/locale.js';
import type { Claims } from './token-issuer.js';

const Subject = v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,128}$/)));
const Locale = v.optional(v.picklist(LOCALES), 'ar');

/** What `POST /local/tokens` accepts: the claims a resident, a reviewer, a supervisor or an establishment's staff member would sign in with. */
export const TokenRequest = v.variant('role', [
  v.strictObject({
    role: v.literal('resident'),
    sub: Subject,
    iqamaNumber: v.pipe(v.string(), v.check(isIqamaNumber, 'invalid')),
    phone: v.pipe(v.string(), v.check(isSaudiMobile, 'invalid')),
    locale: Locale,
  }),
  v.strictObject({
    role: v.literal('reviewer'),
    sub: Subject,
    sections: v.pipe(v.array(v.picklist(SECTION_CODES)), v.minLength(1), v.maxLength(SECTION_CODES.length)),
    locale: Locale,
  }),
  v.strictObject({ role: v.literal('supervisor'), sub: Subject, locale: Locale }),
  v.strictObject({
    role: v.literal('establishment'),
    sub: Subject,
    establishmentId: v.pipe(v.string(), v.check(isEstablishmentId, 'invalid')),
    phone: v.pipe(v.string(), v.check(isSaudiMobile, 'invalid')),
    locale: Locale,
  }),
]);

export const claimsFor = (request: v.InferOutput<typeof TokenRequest>): Claims => {
  const sub = request.sub ?? randomUUID();
  if (request.role === 'resident') {
    return {
      [CLAIMS.subject]: sub,
      [CLAIMS.iqamaNumber]: request.iqamaNumber,
      [CLAIMS.phone]: request.phone,
      [CLAIMS.locale]: request.locale,
    };
  }
  if (request.role === 'establishment') {
    return {
      [CLAIMS.subject]: sub,
      [CLAIMS.groups]: ESTABLISHMENTS_GROUP,
      [CLAIMS.establishmentId]: request.establishmentId,
      [CLAIMS.phone]: request.phone,
      [CLAIMS.locale]: request.locale,
    };
  }
  if (request.role === 'supervisor') {
    return { [CLAIMS.subject]: sub, [CLAIMS.groups]: SUPERVISORS_GROUP, [CLAIMS.locale]: request.locale };
  }
  return {
    [CLAIMS.subject]: sub,
    [CLAIMS.groups]: REVIEWERS_GROUP,
    [CLAIMS.sections]: request.sections.join(','),
    [CLAIMS.locale]: request.locale,
  };
};
