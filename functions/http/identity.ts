import type { APIGatewayProxyEvent } from 'aws-lambda';
import { CLAIMS, ESTABLISHMENTS_GROUP, REVIEWERS_GROUP, SUPERVISORS_GROUP } from '../contract/identity.js';
import { type EstablishmentStaff, isEstablishmentId } from '../domain/establishments/establishment-staff.js';
import type { Caller, Reviewer, Staff } from '../domain/inquiries/caller.js';
import { SECTION_CODES, type Section } from '../domain/inquiries/categories.js';
import { isIqamaNumber, isSaudiMobile, type Resident } from '../domain/residents/resident.js';
import { isLocale } from '../domain/shared/locale.js';
import { HttpRequestError } from './request-errors.js';

type Claims = Record<string, string | undefined>;

// The authorizer renders a list claim as text, e.g. `reviewers` or `[reviewers, admins]`.
const groupsOf = (claims: Claims): string[] => (claims[CLAIMS.groups] ?? '').split(/[[\],\s]+/);

const STAFF_GROUPS: readonly string[] = [REVIEWERS_GROUP, SUPERVISORS_GROUP, ESTABLISHMENTS_GROUP];

/**
 * A staff account of the user pool (the directorate's, an establishment's): never a resident, even
 * if it carries an iqama number, which a pool's own user could write onto their account.
 */
const isStaffToken = (claims: Claims): boolean =>
  groupsOf(claims).some((group) => STAFF_GROUPS.includes(group)) ||
  claims[CLAIMS.sections] !== undefined ||
  claims[CLAIMS.establishmentId] !== undefined;

const claimsOf = (event: APIGatewayProxyEvent): Claims | undefined =>
  event.requestContext?.authorizer?.claims as Claims | undefined;

/** The resident the verified token names; identity never comes from the request body. */
export const residentOf = (event: APIGatewayProxyEvent): Resident => {
  const claims = claimsOf(event);
  const id = claims?.[CLAIMS.subject];
  if (!claims || !id) throw new HttpRequestError('unauthenticated', 'No verified identity on the request');
  const iqamaNumber = claims[CLAIMS.iqamaNumber] ?? '';
  const phone = claims[CLAIMS.phone] ?? '';
  // A `#` would make the subject an employee's owner id (employeeOwnerId): no real subject has one.
  if (!isIqamaNumber(iqamaNumber) || !isSaudiMobile(phone) || isStaffToken(claims) || id.includes('#')) {
    throw new HttpRequestError('forbidden', 'Token does not identify a resident');
  }
  const locale = claims[CLAIMS.locale];
  return { id, iqamaNumber, phone, locale: isLocale(locale) ? locale : 'ar' };
};

const reviewerFrom = (claims: Claims, id: string): Reviewer | undefined => {
  if (!groupsOf(claims).includes(REVIEWERS_GROUP)) return undefined;
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

/**
 * The staff member the verified token names: a supervisor (who oversees every section, whatever
 * else the token says), or a reviewer with their sections. Anyone else is refused with 403.
 */
export const staffOf = (event: APIGatewayProxyEvent): Staff => {
  const claims = claimsOf(event);
  const id = claims?.[CLAIMS.subject];
  if (!claims || !id) throw new HttpRequestError('unauthenticated', 'No verified identity on the request');
  if (groupsOf(claims).includes(SUPERVISORS_GROUP)) return { kind: 'supervisor', id };
  const reviewer = reviewerFrom(claims, id);
  if (!reviewer) throw new HttpRequestError('forbidden', 'Staff routes need a reviewer or supervisor token');
  return { kind: 'reviewer', reviewer };
};

/**
 * The establishment's staff member the verified token names, with the establishment it names. A
 * resident's, a reviewer's or a supervisor's token is refused with 403, as is one whose
 * establishment number is not a unified number.
 */
export const establishmentStaffOf = (event: APIGatewayProxyEvent): EstablishmentStaff => {
  const claims = claimsOf(event);
  const id = claims?.[CLAIMS.subject];
  if (!claims || !id) throw new HttpRequestError('unauthenticated', 'No verified identity on the request');
  const establishmentId = claims[CLAIMS.establishmentId] ?? '';
  const groups = groupsOf(claims);
  // An establishment's staff member is no one else: not a resident, not the directorate's staff.
  const otherwise =
    claims[CLAIMS.iqamaNumber] !== undefined || groups.includes(REVIEWERS_GROUP) || groups.includes(SUPERVISORS_GROUP);
  if (!groups.includes(ESTABLISHMENTS_GROUP) || !isEstablishmentId(establishmentId) || otherwise)
    throw new HttpRequestError('forbidden', "Establishment routes need an establishment's staff token");
  const phone = claims[CLAIMS.phone];
  const locale = claims[CLAIMS.locale];
  return {
    id,
    establishmentId,
    ...(phone && isSaudiMobile(phone) && { phone }),
    locale: isLocale(locale) ? locale : 'ar',
  };
};

/** Whoever the verified token names among those who file a request or read one: a resident, a reviewer or an establishment's staff member. */
export type Filer = Caller | { kind: 'establishment'; staff: EstablishmentStaff };

/**
 * The resident, the reviewer or the establishment's staff member the verified token names, for a
 * route all three need (the request types, which staff choose from when filing for an employee).
 * A token in the establishments group is read as staff only, so it is refused as a resident would be
 * if it is not a whole establishment's; anyone else is refused with 403, and no token with 401.
 */
export const filerOf = (event: APIGatewayProxyEvent): Filer => {
  const claims = claimsOf(event);
  if (claims && groupsOf(claims).includes(ESTABLISHMENTS_GROUP))
    return { kind: 'establishment', staff: establishmentStaffOf(event) };
  return callerOf(event);
};
