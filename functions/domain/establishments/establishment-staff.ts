import type { Locale } from '../shared/locale.js';

/**
 * An establishment's staff member, as the identity provider vouches for them. Several staff of one
 * establishment share its view: what they may see is the establishment's, never the person's.
 */
export interface EstablishmentStaff {
  id: string;
  establishmentId: string;
  phone?: string;
  locale: Locale;
}

const UNIFIED_NUMBER = /^7\d{9}$/;

/** An establishment's unified number: ten digits, starting with 7. */
export const isEstablishmentId = (value: string): boolean => UNIFIED_NUMBER.test(value);
