import {
  CLAIMS,
  ESTABLISHMENTS_GROUP,
  REVIEWERS_GROUP,
  SUPERVISORS_GROUP,
} from '../../../../functions/contract/identity.js';

/** Who the console shows pages for, read from the ID token the API will check; the API decides what they may do. */
export interface SignedInUser {
  role: 'resident' | 'reviewer' | 'supervisor' | 'establishment';
  /** The language the token names (the resident's profile), if any. */
  locale?: string;
  /** A reviewer's sections. */
  sections: string[];
  /** An establishment's staff member's establishment: its unified number. */
  establishmentId?: string;
}

const groupsOf = (claim: unknown): string[] =>
  Array.isArray(claim) ? claim.map(String) : typeof claim === 'string' ? claim.split(/[[\],\s]+/) : [];

/** The token's payload, unverified: only the API's authorizer trusts a token, the console only reads it. */
export const payloadOf = (token: string): Record<string, unknown> | undefined => {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const bytes = Uint8Array.from(atob(part.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

export const userOf = (token: string): SignedInUser | undefined => {
  const payload = payloadOf(token);
  if (!payload) return undefined;
  const groups = groupsOf(payload[CLAIMS.groups]);
  const claimed = payload[CLAIMS.locale];
  const locale = typeof claimed === 'string' ? claimed : undefined;
  const sections = String(payload[CLAIMS.sections] ?? '')
    .split(',')
    .filter(Boolean);
  if (groups.includes(SUPERVISORS_GROUP)) return { role: 'supervisor', locale, sections: [] };
  if (groups.includes(REVIEWERS_GROUP)) return { role: 'reviewer', locale, sections };
  if (groups.includes(ESTABLISHMENTS_GROUP)) {
    const establishmentId = payload[CLAIMS.establishmentId];
    return {
      role: 'establishment',
      locale,
      sections: [],
      ...(typeof establishmentId === 'string' ? { establishmentId } : {}),
    };
  }
  return { role: 'resident', locale, sections: [] };
};
