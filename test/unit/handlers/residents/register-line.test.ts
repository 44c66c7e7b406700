import { describe, expect, it } from 'vitest';
import type { RegisterLine } from '../../../../functions/domain/residents/register-record.js';
import {
  MAX_LINE_BYTES,
  parseRegisterLine,
  registerLines,
} from '../../../../functions/handlers/residents/register-line.js';
import { aResidentRegisterLine } from '../../../support/documents.js';

const RESIDENT_LINE = aResidentRegisterLine();
const DEPENDENT_LINE = {
  iqamaNumber: '2000000006',
  holder: { kind: 'DEPENDENT', dependentId: 'dep-1', name: 'أمينة', relation: 'SPOUSE' },
  type: 'PASSPORT',
  number: 'P1234567',
  expiresOn: '2028-02-29',
  issuedOn: '2018-03-01',
  phone: '+966500000001',
  locale: 'ur',
};
const line = (value: unknown) => JSON.stringify(value);

const collect = async (lines: string[]) => {
  const source = async function* () {
    yield* lines;
  };
  const parsed: RegisterLine[] = [];
  for await (const each of registerLines(source())) parsed.push(each);
  return parsed;
};

describe('register lines', () => {
  it("when a resident's own document is read, it is the record as written", () => {
    expect(parseRegisterLine(line(RESIDENT_LINE), 1)).toEqual({ line: 1, record: RESIDENT_LINE });
  });

  it("when a resident's own document names their employer, the establishment is kept", () => {
    const employed = { ...RESIDENT_LINE, establishmentId: '7001234567' };
    expect(parseRegisterLine(line(employed), 2)).toEqual({ line: 2, record: employed });
  });

  it.each([
    ['a dependent’s document', { ...DEPENDENT_LINE, establishmentId: '7001234567' }, 'employer_of_dependent'],
    ['no unified number', { ...RESIDENT_LINE, establishmentId: '8001234567' }, 'invalid'],
  ])('when an employer is named on %s, the line is refused at the establishment', (_case, record, code) => {
    expect(parseRegisterLine(line(record), 3)).toEqual({ line: 3, issues: [{ pointer: '/establishmentId', code }] });
  });

  it("when a dependent's document is read with its contact, the holder and contact are kept", () => {
    expect(parseRegisterLine(line(DEPENDENT_LINE), 7)).toEqual({ line: 7, record: DEPENDENT_LINE });
  });

  it.each([
    [
      'an iqama number failing its check digit',
      { ...RESIDENT_LINE, iqamaNumber: '2000000007' },
      '/iqamaNumber',
      'invalid',
    ],
    [
      'an issue date after the expiry',
      { ...RESIDENT_LINE, issuedOn: '2027-03-02' },
      '/expiresOn',
      'expiry_not_after_issue',
    ],
    ['a month 13', { ...RESIDENT_LINE, expiresOn: '2026-13-01' }, '/expiresOn', 'invalid_date'],
    [
      'an issue date of 29 February in a common year',
      { ...RESIDENT_LINE, issuedOn: '2027-02-29' },
      '/issuedOn',
      'invalid_date',
    ],
    ['an unknown document type', { ...RESIDENT_LINE, type: 'DRIVING_LICENCE' }, '/type', 'not_allowed_value'],
    ['an unknown holder kind', { ...RESIDENT_LINE, holder: { kind: 'EMPLOYER' } }, '/holder/kind', 'not_allowed_value'],
    [
      'an unknown relation',
      { ...DEPENDENT_LINE, holder: { ...DEPENDENT_LINE.holder, relation: 'COUSIN' } },
      '/holder/relation',
      'not_allowed_value',
    ],
    ['an extra field', { ...RESIDENT_LINE, nationality: 'IN' }, '/nationality', 'unknown_field'],
    ['a missing expiry', { ...RESIDENT_LINE, expiresOn: undefined }, '/expiresOn', 'required'],
    ['a number in lower case', { ...RESIDENT_LINE, number: 'p1234567' }, '/number', 'invalid'],
    ['a phone outside Saudi Arabia', { ...RESIDENT_LINE, phone: '+971500000001' }, '/phone', 'invalid'],
    ['an unknown locale', { ...RESIDENT_LINE, locale: 'fr' }, '/locale', 'not_allowed_value'],
  ])('when a line has %s, it is refused at that field', (_, value, pointer, code) => {
    // Act
    const parsed = parseRegisterLine(line(value), 4);
    // Assess
    expect(parsed).not.toHaveProperty('record');
    expect(parsed).toMatchObject({ line: 4, issues: [{ pointer, code }] });
    expect((parsed as { issues: unknown[] }).issues).toHaveLength(1);
  });

  it('when a line has several faults, each is reported', () => {
    const parsed = parseRegisterLine(line({ ...RESIDENT_LINE, iqamaNumber: '1', expiresOn: '2026-02-30' }), 2);
    expect(parsed).toMatchObject({
      issues: [
        { pointer: '/iqamaNumber', code: 'invalid' },
        { pointer: '/expiresOn', code: 'invalid_date' },
      ],
    });
  });

  it.each(['not json', '{"iqamaNumber": "2000000006",', "{'single': 'quotes'}"])(
    'when a line is not JSON (%j), it is refused as a whole',
    (text) => {
      expect(parseRegisterLine(text, 9)).toEqual({ line: 9, issues: [{ pointer: '', code: 'malformed_json' }] });
    },
  );

  it('when a line is JSON but not an object, it is refused as a whole', () => {
    expect(parseRegisterLine('42', 1)).toMatchObject({ line: 1, issues: [{ pointer: '', code: 'invalid_type' }] });
  });

  it('when a line is longer than 4 KiB, it is refused without being read; one just within is read', () => {
    // Prepare
    const padding = (bytes: number) =>
      'a'.repeat(
        bytes -
          line({ ...RESIDENT_LINE, holder: { kind: 'DEPENDENT', dependentId: 'dep-1', name: '', relation: 'SON' } })
            .length,
      );
    const tooLong = 'x'.repeat(5000);
    const atTheLimit = line({
      ...RESIDENT_LINE,
      holder: { kind: 'DEPENDENT', dependentId: 'dep-1', name: padding(MAX_LINE_BYTES), relation: 'SON' },
    });
    // Act & Assess
    expect(parseRegisterLine(tooLong, 3)).toEqual({ line: 3, issues: [{ pointer: '', code: 'line_too_long' }] });
    expect(Buffer.byteLength(atTheLimit)).toBe(MAX_LINE_BYTES);
    expect(parseRegisterLine(atTheLimit, 3)).toMatchObject({ issues: [{ pointer: '/holder/name', code: 'too_long' }] });
    expect(parseRegisterLine(`${atTheLimit} `, 3)).toEqual({
      line: 3,
      issues: [{ pointer: '', code: 'line_too_long' }],
    });
  });

  it('when a line is within 4 KiB of characters but over it in bytes, it is refused as too long', () => {
    // 2,100 Arabic letters are 2,100 UTF-16 units but 4,200 bytes in UTF-8.
    const text = line({ ...DEPENDENT_LINE, holder: { ...DEPENDENT_LINE.holder, name: 'ع'.repeat(2100) } });
    expect(text.length).toBeLessThan(MAX_LINE_BYTES);
    expect(parseRegisterLine(text, 1)).toEqual({ line: 1, issues: [{ pointer: '', code: 'line_too_long' }] });
  });

  it('when a file has blank lines, they are skipped but the lines after them keep their true numbers', async () => {
    // Act
    const parsed = await collect([line(RESIDENT_LINE), '', '   ', line(DEPENDENT_LINE), 'not json', '\t']);
    // Assess
    expect(parsed).toEqual([
      { line: 1, record: RESIDENT_LINE },
      { line: 4, record: DEPENDENT_LINE },
      { line: 5, issues: [{ pointer: '', code: 'malformed_json' }] },
    ]);
  });

  it('when a file is empty, there are no lines', async () => {
    expect(await collect([])).toEqual([]);
  });
});
