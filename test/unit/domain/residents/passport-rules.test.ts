import { describe, expect, it } from 'vitest';
import {
  normalizePassportNumber,
  type PassportUpdate,
  passportRefusals,
} from '../../../../functions/domain/residents/passport-rules.js';

const today = '2026-11-25';
const aPassport = (overrides: Partial<PassportUpdate> = {}): PassportUpdate => ({
  passportNumber: 'A1234567',
  issueDate: '2026-11-01',
  expiryDate: '2036-10-31',
  ...overrides,
});

describe('passport rules', () => {
  it('when the passport is issued, in order and valid for years, nothing is refused', () => {
    expect(passportRefusals(aPassport(), today)).toEqual([]);
  });

  it.each([
    ['too short', 'A123'],
    ['too long', 'A123456789'],
    ['with a space', 'A123 4567'],
    ['with a dash', 'A123-4567'],
    ['letters only', 'ABCDEFG'],
    ['in Arabic-Indic digits', '١٢٣٤٥٦٧'],
    ['empty', ''],
  ])('when the number is %s, it is refused as malformed', (_, passportNumber) => {
    expect(passportRefusals(aPassport({ passportNumber }), today)).toEqual([
      { pointer: '/passportNumber', code: 'passport_number_malformed' },
    ]);
  });

  it.each(['123456', 'A12345678', 'n1234567'])('when the number is %s, it is accepted', (passportNumber) => {
    expect(passportRefusals(aPassport({ passportNumber }), today)).toEqual([]);
  });

  it('when the number is in lower case, it is stored in upper case, as in the machine-readable zone', () => {
    expect(normalizePassportNumber('ab123456')).toBe('AB123456');
  });

  it('when the passport is issued tomorrow, it is refused as not yet issued; issued today, it is accepted', () => {
    expect(passportRefusals(aPassport({ issueDate: '2026-11-26' }), today)).toEqual([
      { pointer: '/issueDate', code: 'passport_not_yet_issued' },
    ]);
    expect(passportRefusals(aPassport({ issueDate: today }), today)).toEqual([]);
  });

  it.each([
    ['before', '2026-10-31'],
    ['on', '2026-11-01'],
  ])('when the expiry is %s the issue date, it is refused as out of order', (_, expiryDate) => {
    expect(passportRefusals(aPassport({ expiryDate }), today)).toEqual([
      { pointer: '/expiryDate', code: 'expiry_not_after_issue' },
    ]);
  });

  it('when the passport expired yesterday, it is refused as expired', () => {
    expect(passportRefusals(aPassport({ issueDate: '2016-11-25', expiryDate: '2026-11-24' }), today)).toEqual([
      { pointer: '/expiryDate', code: 'passport_expired' },
    ]);
  });

  it('when the passport expires within six months, it is refused as too short, naming the six months', () => {
    expect(passportRefusals(aPassport({ expiryDate: '2027-05-24' }), today)).toEqual([
      { pointer: '/expiryDate', code: 'passport_validity_too_short', params: { months: 6 } },
    ]);
    expect(passportRefusals(aPassport({ expiryDate: today }), today)).toEqual([
      { pointer: '/expiryDate', code: 'passport_validity_too_short', params: { months: 6 } },
    ]);
  });

  it('when the passport expires exactly six months from today, it is accepted', () => {
    expect(passportRefusals(aPassport({ expiryDate: '2027-05-25' }), today)).toEqual([]);
  });

  it('when today is August 31st, six months on is the last day of February', () => {
    // Prepare
    const august = aPassport({ issueDate: '2027-08-01' });
    // Act & Assess
    expect(passportRefusals({ ...august, expiryDate: '2028-02-29' }, '2027-08-31')).toEqual([]);
    expect(passportRefusals({ ...august, expiryDate: '2028-02-28' }, '2027-08-31')).toEqual([
      { pointer: '/expiryDate', code: 'passport_validity_too_short', params: { months: 6 } },
    ]);
  });

  it('when several things are wrong, each is reported with its field', () => {
    // Prepare
    const update = aPassport({ passportNumber: 'ABC', issueDate: '2026-12-01', expiryDate: '2026-11-30' });
    // Act
    const refusals = passportRefusals(update, today);
    // Assess
    expect(refusals).toEqual([
      { pointer: '/passportNumber', code: 'passport_number_malformed' },
      { pointer: '/issueDate', code: 'passport_not_yet_issued' },
      { pointer: '/expiryDate', code: 'expiry_not_after_issue' },
    ]);
  });

  it('when the number is malformed and the passport expired, both are reported', () => {
    expect(
      passportRefusals(aPassport({ passportNumber: 'A 1', issueDate: '2010-01-01', expiryDate: '2020-01-01' }), today),
    ).toEqual([
      { pointer: '/passportNumber', code: 'passport_number_malformed' },
      { pointer: '/expiryDate', code: 'passport_expired' },
    ]);
  });

  it('when the dates span more than ten years, it is refused as a mistake; exactly ten years (and a day) is accepted', () => {
    expect(passportRefusals(aPassport({ issueDate: '2026-01-10', expiryDate: '2036-01-12' }), today)).toEqual([
      { pointer: '/expiryDate', code: 'passport_validity_too_long', params: { years: 10 } },
    ]);
    expect(passportRefusals(aPassport({ issueDate: '2026-01-10', expiryDate: '2036-01-11' }), today)).toEqual([]);
    expect(passportRefusals(aPassport({ issueDate: '2026-01-10', expiryDate: '2036-01-09' }), today)).toEqual([]);
  });
});
