import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateReference,
  parseReference,
  REFERENCE_ALPHABET,
} from '../../../../functions/domain/inquiries/reference.js';

const symbolsOf = (reference: string) => reference.replace(/^TW-/, '').replaceAll('-', '');
const seeded = (bytes: number[]) => () => Uint8Array.from(bytes);
const elevenBytes = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 11, maxLength: 11 });

describe('reference numbers', () => {
  it('when generated, it reads TW- and three groups of four Crockford symbols', () => {
    // Act
    const reference = generateReference();
    // Assess
    expect(reference).toMatch(/^TW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('when any random bytes are drawn, the reference parses back to itself', () => {
    fc.assert(
      fc.property(elevenBytes, (bytes) => {
        const reference = generateReference(seeded(bytes));
        expect(parseReference(reference)).toBe(reference);
      }),
    );
  });

  it('when any single symbol is mistyped, the check symbol catches it', () => {
    fc.assert(
      fc.property(
        elevenBytes,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 31 }),
        (bytes, position, shift) => {
          // Prepare
          const symbols = [...symbolsOf(generateReference(seeded(bytes)))];
          const original = REFERENCE_ALPHABET.indexOf(symbols[position]!);
          symbols[position] = REFERENCE_ALPHABET[(original + shift) % 32]!;
          // Act & Assess
          expect(parseReference(symbols.join(''))).toBeUndefined();
        },
      ),
    );
  });

  it('when two neighbouring symbols are swapped, the check catches nearly every swap', () => {
    // Prepare
    let swaps = 0;
    let caught = 0;
    fc.assert(
      fc.property(elevenBytes, fc.integer({ min: 0, max: 10 }), (bytes, position) => {
        const symbols = [...symbolsOf(generateReference(seeded(bytes)))];
        if (symbols[position] === symbols[position + 1]) return;
        [symbols[position], symbols[position + 1]] = [symbols[position + 1]!, symbols[position]!];
        swaps++;
        if (parseReference(symbols.join('')) === undefined) caught++;
      }),
      { numRuns: 2000 },
    );
    // Assess: Luhn mod N misses only swaps of the two symbols whose doubled values wrap alike.
    expect(caught / swaps).toBeGreaterThan(0.99);
  });

  it('when a person types it loosely (case, spaces, no prefix, O for 0, I or L for 1), it is understood', () => {
    // Prepare
    const reference = generateReference(seeded([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const loose = symbolsOf(reference).toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l');
    // Act & Assess
    expect(parseReference(`${loose.slice(0, 6)} ${loose.slice(6)}`)).toBe(reference);
    expect(parseReference(reference.toLowerCase())).toBe(reference);
  });

  it.each([
    '',
    'TW-',
    'TW-AAAA-AAAA-AAA',
    'TW-AAAA-AAAA-AAAAA',
    'TW-UUUU-UUUU-UUUU',
    '../../etc/passwd',
    'x'.repeat(1000),
  ])('when given %j, it is not a reference', (input) => {
    expect(parseReference(input)).toBeUndefined();
  });

  it('when many are drawn, none repeats', () => {
    // Act
    const drawn = new Set(Array.from({ length: 20_000 }, () => generateReference()));
    // Assess
    expect(drawn.size).toBe(20_000);
  });
});
