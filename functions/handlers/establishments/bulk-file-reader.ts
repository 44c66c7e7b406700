import type { BulkFileReader, BulkLineRecord, ReadLine } from '../../domain/establishments/bulk-line.js';
import { BULK_LIMITS, type BulkKind, type BulkRejection } from '../../domain/establishments/bulk-request.js';
import { ValidationFailed } from '../../domain/shared/errors.js';
import { parseInput } from '../../http/validation.js';
import { csvRows, UnclosedQuote } from './csv-rows.js';
import { BULK_LINE_SCHEMAS as LINE_SCHEMAS } from './employee-request-bodies.js';

/** The columns of each kind's CSV header, every one required, in any order. */
export const BULK_COLUMNS: Record<BulkKind, readonly string[]> = {
  INQUIRIES: Object.keys(LINE_SCHEMAS.INQUIRIES.entries),
  PASSPORT_UPDATES: Object.keys(LINE_SCHEMAS.PASSPORT_UPDATES.entries),
};

/** Column and member names are echoed back: cut short, so a hostile file cannot fill the report. */
const columnName = (name: string) => [...name.toWellFormed()].slice(0, 64).join('');

/** A header cell is echoed only when it reads as a column's name: a data row taken for a header is someone's data. */
const echoed = (name: string) => (/^[A-Za-z_][A-Za-z0-9_ ]{0,63}$/.test(name) ? { column: name } : {});

/**
 * Issues kept per line: every field of the widest line (four) and one more. With names cut short,
 * a chunk of 250 lines stays far under DynamoDB's 400 KB item, whatever a hostile line holds.
 */
const ISSUES_PER_LINE = 5;

/** What a line becomes: its record, or its issues in the single request's codes. */
const judgeLine = (kind: BulkKind, line: number, fields: unknown): ReadLine => {
  try {
    return { line, record: { kind, ...parseInput(LINE_SCHEMAS[kind], fields) } as BulkLineRecord };
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    const issues = error.issues
      .slice(0, ISSUES_PER_LINE)
      .map((issue) => ({ ...issue, pointer: columnName(issue.pointer) }));
    return { line, issues };
  }
};

const readCsv = (kind: BulkKind, text: string): { rejection: BulkRejection } | { lines: ReadLine[] } => {
  const columns = BULK_COLUMNS[kind];
  const rows = csvRows(text);
  try {
    const header = rows.next();
    if (header.done) return { rejection: { code: 'no_header' } };
    // Spreadsheets save empty columns after the last one as trailing commas: they are no columns.
    const names = header.value.cells.map((cell) => cell.trim());
    while (names.length > 1 && names.at(-1) === '') names.pop();
    const seen = new Set<string>();
    for (const name of names) {
      if (!columns.includes(name)) return { rejection: { code: 'unknown_column', ...echoed(name) } };
      if (seen.has(name)) return { rejection: { code: 'duplicate_column', ...echoed(name) } };
      seen.add(name);
    }
    const missing = columns.find((column) => !seen.has(column));
    if (missing) return { rejection: { code: 'missing_column', column: missing } };
    const lines: ReadLine[] = [];
    for (const row of rows) {
      if (row.cells.every((cell) => cell.trim() === '')) continue;
      if (lines.length >= BULK_LIMITS.maxLines) return { rejection: { code: 'too_many_lines' } };
      const cells =
        row.cells.length > names.length && row.cells.slice(names.length).every((cell) => cell.trim() === '')
          ? row.cells.slice(0, names.length)
          : row.cells;
      if (cells.length !== names.length) {
        const params = { found: row.cells.length, expected: names.length };
        lines.push({ line: row.line, issues: [{ pointer: '', code: 'wrong_number_of_fields', params }] });
        continue;
      }
      // An empty cell is a field left out: a required one is then reported as required.
      const fields = Object.fromEntries(names.flatMap((name, i) => (cells[i] === '' ? [] : [[name, cells[i]]])));
      lines.push(judgeLine(kind, row.line, fields));
    }
    return lines.length === 0 ? { rejection: { code: 'no_lines' } } : { lines };
  } catch (error) {
    if (error instanceof UnclosedQuote) return { rejection: { code: 'unclosed_quote', line: error.line } };
    throw error;
  }
};

const readJsonLines = (kind: BulkKind, text: string): { rejection: BulkRejection } | { lines: ReadLine[] } => {
  const lines: ReadLine[] = [];
  const texts = text.split('\n');
  for (const [index, raw] of texts.entries()) {
    const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lineText.trim() === '') continue;
    if (lines.length >= BULK_LIMITS.maxLines) return { rejection: { code: 'too_many_lines' } };
    let fields: unknown;
    try {
      fields = JSON.parse(lineText);
    } catch {
      fields = undefined;
    }
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      lines.push({ line: index + 1, issues: [{ pointer: '', code: 'malformed_line' }] });
      continue;
    }
    lines.push(judgeLine(kind, index + 1, fields));
  }
  return lines.length === 0 ? { rejection: { code: 'no_lines' } } : { lines };
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a bulk file: UTF-8 (a byte order mark is dropped), CSV with a header row naming the
 * kind's columns, or JSON Lines with one object a line. What makes the whole file unreadable
 * refuses it; a bad line is that line's error only.
 */
export const readBulkFile: BulkFileReader = (kind, contentType, bytes) => {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { rejection: { code: 'not_utf8' } };
  }
  return contentType === 'text/csv' ? readCsv(kind, text) : readJsonLines(kind, text);
};
