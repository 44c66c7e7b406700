/** The user pool's custom attributes, which its tokens carry as `custom:<name>` claims. */
export const CUSTOM_ATTRIBUTES = {
  iqamaNumber: 'iqamaNumber',
  sections: 'sections',
  establishmentId: 'establishmentId',
} as const;

/**
 * Claim names of the Cognito user pool authorizer. The national identity provider's attributes
 * are mapped onto these by the user pool, so handlers see one shape whatever the sign-in path; the
 * local token issuer signs the same claims.
 */
export const CLAIMS = {
  subject: 'sub',
  iqamaNumber: `custom:${CUSTOM_ATTRIBUTES.iqamaNumber}`,
  phone: 'phone_number',
  locale: 'locale',
  groups: 'cognito:groups',
  sections: `custom:${CUSTOM_ATTRIBUTES.sections}`,
  establishmentId: `custom:${CUSTOM_ATTRIBUTES.establishmentId}`,
} as const;

/** The Cognito group whose members review inquiries. */
export const REVIEWERS_GROUP = 'reviewers';

/** The Cognito group whose members read the directorate's statistics of every section (and nothing else). */
export const SUPERVISORS_GROUP = 'supervisors';

/** The Cognito group of establishments' staff, who act for their employees; the token names the establishment. */
export const ESTABLISHMENTS_GROUP = 'establishments';
