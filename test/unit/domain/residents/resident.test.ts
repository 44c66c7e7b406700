import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIqamaNumber, isSaudiMobile } from '../../../../functions/domain/residents/resident.js';

/** Appends the Luhn check digit that makes `payload` valid. */
const withCheckDigit = (payload: string) => {
  for (let digit = 0; digit <= 9; digit++) if (isIqamaNumber(payload + digit)) return payload + digit;
  throw new Error('no check digit');
};

describe('resident identifiers', () => {
  it('when an iqama number has its Luhn digit, starts with 2 and has ten digits, it is accepted', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^2\d{8}$/), (payload) => {
        expect(isIqamaNumber(withCheckDigit(payload))).toBe(true);
      }),
    );
  });

  it('when one digit of a valid iqama number is changed, it is refused', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^2\d{8}$/),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (payload, position, shift) => {
          const digits = [...withCheckDigit(payload)];
          digits[position] = String((Number(digits[position]) + shift) % 10);
          expect(isIqamaNumber(digits.join(''))).toBe(false);
        },
      ),
    );
  });

  it.each(['1000000008', '200000000', '20000000060', '2000O00006', ''])(
    'when given %j, it is not an iqama number',
    (value) => {
      expect(isIqamaNumber(value)).toBe(false);
    },
  );

  it.each([
    ['+966500000001', true],
    ['+966512345678', true],
    ['0500000001', false],
    ['+96650000000', false],
    ['+966400000001', false],
  ])('when the phone is %j, Saudi mobile is %s', (phone, expected) => {
    expect(isSaudiMobile(phone)).toBe(expected);
  });
});
