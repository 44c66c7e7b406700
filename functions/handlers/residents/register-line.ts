import * as v from 'valibot';
import { isEstablishmentId } from '../../domain/establishments/establishment-staff.js';
import type { RegisterLine } from '../../domain/residents/register-record.js';
import { isIqamaNumber, isSaudiMobile } from '../../domain/residents/resident.js';
import { DEPENDENT_RELATIONS, DOCUMENT_TYPES } from '../../domain/residents/resident-document.js';
import { ValidationFailed } from '../../domain/shared/errors.js';
import { LOCALES } from '../../domain/shared/locale.js';
import { calendarDate, identifier, parseInput, text } from '../../http/validation.js';

/** A line longer than this is not a document record; it is refused without being parsed. */
export const MAX_LINE_BYTES = 4096;

const Holder = v.variant('kind', [
  v.strictObject({ kind: v.literal('RESIDENT') }),
  v.strictObject({
    kind: v.literal('DEPENDENT'),
    dependentId: identifier(),
    name: text({ min: 1, max: 100 }),
    relation: v.picklist(DEPENDENT_RELATIONS),
  }),
]);

/** One line of the register's JSON Lines file. */
const RegisterRecordSchema = v.pipe(
  v.strictObject({
    iqamaNumber: v.pipe(v.string(), v.check(isIqamaNumber, 'invalid')),
    holder: Holder,
    type: v.picklist(DOCUMENT_TYPES),
    number: v.pipe(v.string(), v.regex(/^[A-Z0-9]{4,20}$/, 'invalid')),
    expiresOn: calendarDate(),
    issuedOn: v.optional(calendarDate()),
    phone: v.optional(v.pipe(v.string(), v.check(isSaudiMobile, 'invalid'))),
    locale: v.optional(v.picklist(LOCALES)),
    establishmentId: v.optional(v.nullable(v.pipe(v.string(), v.check(isEstablishmentId, 'invalid')))),
  }),
  // An establishment employs the resident, not the family members they hold.
  v.forward(
    v.check(
      (record) => record.establishmentId === undefined || record.holder.kind === 'RESIDENT',
      'employer_of_dependent',
    ),
    ['establishmentId'],
  ),
  v.forward(
    v.check((record) => record.issuedOn === undefined || record.issuedOn < record.expiresOn, 'expiry_not_after_issue'),
    ['expiresOn'],
  ),
);

/** Reads one line as a record, or says what is wrong with it, field by field. */
export const parseRegisterLine = (text: string, line: number): RegisterLine => {
  if (Buffer.byteLength(text) > MAX_LINE_BYTES) return { line, issues: [{ pointer: '', code: 'line_too_long' }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { line, issues: [{ pointer: '', code: 'malformed_json' }] };
  }
  try {
    return { line, record: parseInput(RegisterRecordSchema, json) };
  } catch (error) {
    if (error instanceof ValidationFailed) return { line, issues: error.issues };
    throw error;
  }
};

/** The lines of a file as records or refusals; blank lines are skipped but keep the numbering true. */
export async function* registerLines(lines: AsyncIterable<string>): AsyncIterable<RegisterLine> {
  let number = 0;
  for await (const text of lines) {
    number++;
    if (text.trim() === '') continue;
    yield parseRegisterLine(text, number);
  }
}
