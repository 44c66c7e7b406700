import type { APIGatewayProxyEvent } from 'aws-lambda';
import { isLocale } from '../core/locale.js';
import { type Resident, isIqamaNumber, isSaudiMobile } from '../core/resident.js';
import { HttpRequestError } from './request-errors.js';

/**
 * Claim names of the Cognito user pool authorizer. The national identity provider's attributes
 * are mapped onto these by the user pool, so handlers see one shape whatever the sign-in path.
 */
export const CLAIMS = {
  subject: 'sub',
  iqamaNumber: 'custom:iqamaNumber',
  phone: 'phone_number',
  locale: 'locale',
  groups: 'cognito:groups',
  sections: 'custom:sections',
} as const;

/** The Cognito group whose members review inquiries. */
export const REVIEWERS_GROUP = 'reviewers';

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
