import type { APIGatewayProxyEvent } from 'aws-lambda';
import { CLAIMS, REVIEWERS_GROUP } from '../contract/identity.js';
import type { Caller, Reviewer } from '../domain/inquiries/caller.js';
import { SECTION_CODES, type Section } from '../domain/inquiries/categories.js';
import { isIqamaNumber, isSaudiMobile, type Resident } from '../domain/residents/resident.js';
import { isLocale } from '../domain/shared/locale.js';
import { HttpRequestError } from './request-errors.js';

type Claims = Record<string, string | undefined>;

const claimsOf = (event: APIGatewayProxyEvent): Claims | undefined =>
  event.requestContext?.authorizer?.claims as Claims | undefined;

/** The resident the verified token names; identity never comes from the request body. */
export const residentOf = (event: APIGatewayProxyEvent): Resident => {
  const claims = claimsOf(event);
  const id = claims?.[CLAIMS.subject];
  if (!claims || !id) throw new HttpRequestError('unauthenticated', 'No verified identity on the request');
  const iqamaNumber = claims[CLAIMS.iqamaNumber] ?? '';
  const phone = claims[CLAIMS.phone] ?? '';
  if (!isIqamaNumber(iqamaNumber) || !isSaudiMobile(phone)) {
    throw new HttpRequestError('forbidden', 'Token does not identify a resident');
  }
  const locale = claims[CLAIMS.locale];
  return { id, iqamaNumber, phone, locale: isLocale(locale) ? locale : 'ar' };
};

const reviewerFrom = (claims: Claims, id: string): Reviewer | undefined => {
  // The authorizer renders a list claim as text, e.g. `reviewers` or `[reviewers, admins]`.
  const groups = (claims[CLAIMS.groups] ?? '').split(/[[\],\s]+/);
  if (!groups.includes(REVIEWERS_GROUP)) return undefined;
  const sections = (claims[CLAIMS.sections] ?? '')
    .split(',')
    .filter((s): s is Section => (SECTION_CODES as string[]).includes(s));
  return { id, sections };
};

/** The resident or the reviewer the verified token names. */
export const callerOf = (event: APIGatewayProxyEvent): Caller => {
  const claims = claimsOf(event);
  const id = claims?.[CLAIMS.subject];
  if (!claims || !id) throw new HttpRequestError('unauthenticated', 'No verified identity on the request');
  const reviewer = reviewerFrom(claims, id);
  return reviewer ? { kind: 'reviewer', reviewer } : { kind: 'resident', resident: residentOf(event) };
};
