/** One record of a CSV file, with the line of the file it starts on (a quoted field may span lines). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A quotation mark opened on `line` and never closed: everything after it would be one field. */
export class UnclosedQuote extends Error {
  constructor(readonly line: number) {
    super(`A quotation mark opened on line ${line} is never closed`);
    this.name = 'UnclosedQuote';
  }
}

/**
 * The records of a CSV text as RFC 4180 writes them — commas, fields quoted with `"` and `""` for
 * a quote inside, CRLF or LF line ends — read leniently where spreadsheets are sloppy (a quote
 * inside an unquoted field is kept as it is). Blank lines are skipped, their numbers kept.
 * @throws UnclosedQuote when the text ends inside a quoted field
 */
export function* csvRows(text: string): Generator<CsvRow> {
  let line = 1;
  let rowLine = 1;
  let cells: string[] = [];
  let cell = '';
  let fieldStarted = false;
  let quoted = false;
  let quoteLine = 0;
  const endRow = (): CsvRow | undefined => {
    cells.push(cell);
    const row = cells.length === 1 && cells[0] === '' && !fieldStarted ? undefined : { line: rowLine, cells };
    cells = [];
    cell = '';
    fieldStarted = false;
    return row;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
        continue;
      }
      if (c === '\n') line++;
      cell += c;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      fieldStarted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      const row = endRow();
      line++;
      rowLine = line;
      if (row) yield row;
    } else {
      cell += c;
      fieldStarted = true;
    }
  }
  if (quoted) throw new UnclosedQuote(quoteLine);
  if (cell !== '' || cells.length > 0 || fieldStarted) {
    const row = endRow();
    if (row) yield row;
  }
}
