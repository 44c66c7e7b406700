import { randomBytes } from 'node:crypto';

/**
 * Inquiry reference numbers, e.g. `TW-7K3M-9QXD-2HPC`.
 *
 * Crockford base32 leaves out I, L, O and U so that a reference can be read over the phone without
 * "is that an O or a zero?". Eleven random symbols give 55 bits: far too many to guess or
 * enumerate. The twelfth symbol is a Luhn mod 32 check that catches every single mistyped symbol
 * and most swaps of neighbours, so a typo is reported as a typo instead of "not found".
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RADIX = ALPHABET.length;
const RANDOM_SYMBOLS = 11;
const PREFIX = 'TW';
/** The longest input read as a reference: room for spaces and hyphens however a person types them. */
export const REFERENCE_INPUT_MAX_LENGTH = 40;

export type Reference = string & { readonly __brand: 'Reference' };

export type RandomSource = (size: number) => Uint8Array;

const checkSymbol = (payload: string): string => {
  let factor = 2;
  let sum = 0;
  for (const symbol of [...payload].reverse()) {
    const product = ALPHABET.indexOf(symbol) * factor;
    sum += Math.floor(product / RADIX) + (product % RADIX);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET.charAt((RADIX - (sum % RADIX)) % RADIX);
};

const format = (symbols: string): Reference =>
  `${PREFIX}-${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8, 12)}` as Reference;

export const generateReference = (random: RandomSource = randomBytes): Reference => {
  // 256 is a multiple of 32, so masking a byte keeps every symbol equally likely.
  const payload = Array.from(random(RANDOM_SYMBOLS), (byte) => ALPHABET[byte & (RADIX - 1)]).join('');
  return format(payload + checkSymbol(payload));
};

const CROCKFORD_ALIASES: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * Accepts what a person would type — any case, with or without the prefix, hyphens or spaces,
 * O for zero and I or L for one — and returns the canonical form, or undefined when the symbols
 * or the check do not add up.
 */
export const parseReference = (input: string): Reference | undefined => {
  if (input.length > REFERENCE_INPUT_MAX_LENGTH) return undefined;
  let symbols = input.toUpperCase().replace(/[\s-]/g, '');
  if (symbols.startsWith(PREFIX) && symbols.length === PREFIX.length + RANDOM_SYMBOLS + 1) {
    symbols = symbols.slice(PREFIX.length);
  }
  symbols = symbols.replace(/[OIL]/g, (c) => CROCKFORD_ALIASES[c] ?? c);
  if (symbols.length !== RANDOM_SYMBOLS + 1) return undefined;
  if ([...symbols].some((c) => !ALPHABET.includes(c))) return undefined;
  const payload = symbols.slice(0, RANDOM_SYMBOLS);
  return checkSymbol(payload) === symbols[RANDOM_SYMBOLS] ? format(symbols) : undefined;
};

export const REFERENCE_ALPHABET = ALPHABET;
