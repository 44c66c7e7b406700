import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BULK_LIMITS } from '../../../../functions/domain/establishments/bulk-request.js';
import { readBulkFile } from '../../../../functions/handlers/establishments/bulk-file-reader.js';
import { csvRows, UnclosedQuote } from '../../../../functions/handlers/establishments/csv-rows.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const readCsv = (kind: 'PASSPORT_UPDATES' | 'INQUIRIES', text: string) => readBulkFile(kind, 'text/csv', bytes(text));
const EMPLOYEE = '2000000006';
const INQUIRY_HEADER = 'iqamaNumber,category,description';

/** A field as a spreadsheet writes it: quoted when it holds a comma, a quote or a line break. */
const written = (field: string) =>
  /[",\r\n]/.test(field) || field.startsWith('"') ? `"${field.replaceAll('"', '""')}"` : field;

describe('CSV rows', () => {
  it('when fields are quoted with commas, doubled quotes and line breaks inside, each row keeps them and the line it starts on', () => {
    // Act
    const rows = [...csvRows('a,"b,c","say ""hi"""\r\n"two\nlines",x,\n\nlast,,')];
    // Assess
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b,c', 'say "hi"'] },
      { line: 2, cells: ['two\nlines', 'x', ''] },
      { line: 5, cells: ['last', '', ''] },
    ]);
  });

  it('when a quote opens and never closes, it says on which line', () => {
    // Act
    const reading = () => [...csvRows('a,b\nc,"d\ne')];
    // Assess
    expect(reading).toThrow(UnclosedQuote);
    expect(reading).toThrow(/line 2/);
  });

  it('when any rows of any text are written as a spreadsheet writes them, they are read back as they were', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 5 }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.constantFrom('\n', '\r\n'),
        (rows, lineEnd) => {
          // Prepare
          const text = rows.map((cells) => cells.map(written).join(',')).join(lineEnd);
          // Act
          const read = [...csvRows(text)].map((row) => row.cells);
          // Assess: a row of empty fields written as ",," is read back too; only wholly empty lines are skipped.
          expect(read).toEqual(rows);
        },
      ),
    );
  });
});

describe('bulk file reader', () => {
  it('when a CSV has a byte order mark, Arabic text, CRLF and columns in another order, its lines are read by the single request’s rules', () => {
    // Act
    const file = readCsv(
      'INQUIRIES',
      `\uFEFFdescription,iqamaNumber,category\r\n"نرجو تجديد الإقامة، مع الشكر",${EMPLOYEE},IQAMA_ISSUANCE_RENEWAL\r\nقصير,${EMPLOYEE},IQAMA_ISSUANCE_RENEWAL\r\n`,
    );
    // Assess
    expect(file).toEqual({
      lines: [
        {
          line: 2,
          record: {
            kind: 'INQUIRIES',
            iqamaNumber: EMPLOYEE,
            category: 'IQAMA_ISSUANCE_RENEWAL',
            description: 'نرجو تجديد الإقامة، مع الشكر',
          },
        },
        { line: 3, issues: [{ pointer: '/description', code: 'too_short', params: { minimum: 10 } }] },
      ],
    });
  });

  it('when the header names an unknown, a doubled or a hostile column, or lacks one, the whole file is refused and says which', () => {
    // Act
    const refusals = [
      'iqamaNumber,category,description,notes',
      'iqamaNumber,category,description,category',
      '__proto__,iqamaNumber,category,description',
      'iqamaNumber,description',
      '',
    ].map((header) => readCsv('INQUIRIES', `${header}\n${EMPLOYEE},IQAMA_ISSUANCE_RENEWAL,some long description`));
    // Assess
    expect(refusals).toEqual([
      { rejection: { code: 'unknown_column', column: 'notes' } },
      { rejection: { code: 'duplicate_column', column: 'category' } },
      { rejection: { code: 'unknown_column', column: '__proto__' } },
      { rejection: { code: 'missing_column', column: 'category' } },
      { rejection: { code: 'unknown_column' } },
    ]);
  });

  it('when a line has too few or too many fields, or leaves a required one empty, that line alone is refused', () => {
    // Act
    const file = readCsv(
      'PASSPORT_UPDATES',
      `iqamaNumber,passportNumber,issueDate,expiryDate\n${EMPLOYEE},P1,2026-01-01\n${EMPLOYEE},,2026-01-01,2030-01-01\n${EMPLOYEE},P1,2026-01-01,2030-01-01,x\n`,
    );
    // Assess
    expect(file).toEqual({
      lines: [
        { line: 2, issues: [{ pointer: '', code: 'wrong_number_of_fields', params: { found: 3, expected: 4 } }] },
        { line: 3, issues: [expect.objectContaining({ pointer: '/passportNumber', code: 'required' })] },
        { line: 4, issues: [{ pointer: '', code: 'wrong_number_of_fields', params: { found: 5, expected: 4 } }] },
      ],
    });
  });

  it('when a file is not UTF-8, has no lines, or more lines than allowed, it is refused as a whole', () => {
    // Prepare
    const header = `${INQUIRY_HEADER}\n`;
    const line = `${EMPLOYEE},IQAMA_ISSUANCE_RENEWAL,some long description\n`;
    // Act
    const notUtf8 = readBulkFile('INQUIRIES', 'text/csv', new Uint8Array([...bytes(header), 0xc3, 0x28]));
    const empty = readCsv('INQUIRIES', `${header}\n  \n`);
    const full = readCsv('INQUIRIES', header + line.repeat(BULK_LIMITS.maxLines));
    const tooLong = readCsv('INQUIRIES', header + line.repeat(BULK_LIMITS.maxLines + 1));
    // Assess
    expect(notUtf8).toEqual({ rejection: { code: 'not_utf8' } });
    expect(empty).toEqual({ rejection: { code: 'no_lines' } });
    expect('lines' in full && full.lines).toHaveLength(BULK_LIMITS.maxLines);
    expect(tooLong).toEqual({ rejection: { code: 'too_many_lines' } });
  });

  it('when JSON Lines hold objects, other values or hostile members, each line is judged on its own and nothing is polluted', () => {
    // Act
    const file = readBulkFile(
      'INQUIRIES',
      'application/x-ndjson',
      bytes(
        [
          JSON.stringify({
            iqamaNumber: EMPLOYEE,
            category: 'IQAMA_ISSUANCE_RENEWAL',
            description: 'some long description',
          }),
          '[1,2]',
          '{"__proto__":{"polluted":1},"iqamaNumber":"2000000006","category":"IQAMA_ISSUANCE_RENEWAL","description":"some long description"}',
          '{broken',
        ].join('\r\n'),
      ),
    );
    // Assess
    expect(
      'lines' in file && file.lines.map((line) => ('issues' in line ? line.issues.map((i) => i.code) : 'ok')),
    ).toEqual(['ok', ['malformed_line'], ['unknown_field'], ['malformed_line']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('when a JSON line holds huge or countless unknown members, its issues are few and their names short, so a chunk of such lines stays storable', () => {
    // Prepare
    const huge = JSON.stringify({ ['k'.repeat(500_000)]: 1 });
    const countless = JSON.stringify(Object.fromEntries(Array.from({ length: 1000 }, (_, n) => [`member${n}`, n])));
    // Act
    const file = readBulkFile('INQUIRIES', 'application/x-ndjson', bytes(`${huge}\n${countless}`));
    // Assess
    const lines = 'lines' in file ? file.lines : [];
    const issues = lines.flatMap((line) => ('issues' in line ? line.issues : []));
    expect(lines.map((line) => 'issues' in line && line.issues.length)).toEqual([4, 4]);
    expect(Math.max(...issues.map((issue) => issue.pointer.length))).toBeLessThanOrEqual(64);
    expect(JSON.stringify(lines).length * 125).toBeLessThan(400 * 1024);
  });

  it('when a spreadsheet saves empty columns after the last as trailing commas, the file is read as if they were not there', () => {
    // Act
    const file = readCsv(
      'INQUIRIES',
      `${INQUIRY_HEADER},,\r\n${EMPLOYEE},IQAMA_ISSUANCE_RENEWAL,some long description,,\r\n`,
    );
    // Assess
    expect('lines' in file && file.lines.map((line) => 'record' in line)).toEqual([true]);
  });

  it('when a member name holds a lone surrogate, the name kept in the report is well formed', () => {
    // Act
    const file = readBulkFile('INQUIRIES', 'application/x-ndjson', bytes('{"\\ud800x":1}'));
    // Assess
    const issues = 'lines' in file ? file.lines.flatMap((line) => ('issues' in line ? line.issues : [])) : [];
    expect(issues.every((issue) => issue.pointer.isWellFormed())).toBe(true);
  });
});
