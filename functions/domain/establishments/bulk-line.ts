import type { Category } from '../inquiries/categories.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { BulkFileType, BulkKind, BulkLineError, BulkRejection } from './bulk-request.js';

/** One line of a file of inquiries: what `POST /v1/establishment/inquiries` takes. */
export interface BulkInquiryLine {
  kind: 'INQUIRIES';
  iqamaNumber: string;
  category: Category;
  description: string;
}

/** One line of a file of passport updates: what `PUT …/employees/{iqamaNumber}/passport` takes, with the number. */
export interface BulkPassportLine {
  kind: 'PASSPORT_UPDATES';
  iqamaNumber: string;
  passportNumber: string;
  issueDate: CalendarDate;
  expiryDate: CalendarDate;
}

export type BulkLineRecord = BulkInquiryLine | BulkPassportLine;

/** A line read as a record, or what is wrong with it. */
export type ReadLine = { line: number; record: BulkLineRecord } | BulkLineError;

export type ReadBulkFile = { rejection: BulkRejection } | { lines: ReadLine[] };

/**
 * How a line of a bulk file differs from the single request: its key is the line's own content,
 * held for the establishment (whichever staff member uploads the file again), and the staff member
 * gets no SMS copy per line.
 */
export interface BulkLineOptions {
  inBulk?: boolean;
}

/** Reads a whole file into lines, each judged by the single request's own schema. */
export type BulkFileReader = (kind: BulkKind, contentType: BulkFileType, bytes: Uint8Array) => ReadBulkFile;
