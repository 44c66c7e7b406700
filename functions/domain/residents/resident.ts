import type { Locale } from '../shared/locale.js';

/** The signed-in resident, as the identity provider vouches for them. Never read from a body. */
export interface Resident {
  id: string;
  iqamaNumber: string;
  phone: string;
  locale: Locale;
}

const IQAMA = /^2\d{9}$/;
const SAUDI_MOBILE = /^\+9665\d{8}$/;

/** Resident identity numbers: ten digits, starting with 2, whose last digit is a Luhn check. */
export const isIqamaNumber = (value: string): boolean => {
  if (!IQAMA.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    let digit = Number(value[value.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
};

export const isSaudiMobile = (value: string): boolean => SAUDI_MOBILE.test(value);
