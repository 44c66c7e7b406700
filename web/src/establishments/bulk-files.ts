import type { Schema } from '../shared/api/api-client.js';
import type { CallFailure } from '../shared/api/problem.js';

export type BulkKind = Schema<'NewBulkRequest'>['kind'];
export type BulkContentType = Schema<'NewBulkRequest'>['contentType'];
export type BulkStatus = Schema<'BulkReport'>['status'];

/** The kinds of bulk file, in the order the page offers them. */
export const BULK_KINDS = ['PASSPORT_UPDATES', 'INQUIRIES'] as const satisfies readonly BulkKind[];

/** The columns of each kind's CSV header row (and the members of its JSON Lines), as the API reads them. */
export const BULK_COLUMNS = {
  PASSPORT_UPDATES: ['iqamaNumber', 'passportNumber', 'issueDate', 'expiryDate'],
  INQUIRIES: ['iqamaNumber', 'category', 'description'],
} as const satisfies Record<BulkKind, readonly string[]>;

export type BulkColumn = (typeof BULK_COLUMNS)[BulkKind][number];

/** The largest file the API takes (the contract's `size` maximum): 5 MB. */
export const MAX_BULK_BYTES = 5 * 1024 * 1024;
/** The most lines a file may hold besides its header, as the API reads it. */
export const MAX_BULK_LINES = 10_000;

/** The page to upload a file, and the page following one request. */
export const BULK_HREF = '/establishment/bulk';
export const bulkRequestHref = (bulkRequestId: string): string => `${BULK_HREF}/${encodeURIComponent(bulkRequestId)}`;

/** What the file picker offers: the extensions first (a spreadsheet's CSV is not always typed text/csv). */
export const BULK_ACCEPT = '.csv,.jsonl,text/csv,application/x-ndjson';

/**
 * The type the API is told, from the file's name: browsers type a CSV as `text/csv`,
 * `application/vnd.ms-excel` or nothing depending on the system, and a .jsonl as nothing at all.
 */
export const bulkContentTypeOf = (fileName: string): BulkContentType | undefined => {
  const dot = fileName.lastIndexOf('.');
  // A name without a dot has no extension: "csv" is not a CSV file's name.
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  if (extension === 'csv') return 'text/csv';
  if (extension === 'jsonl' || extension === 'ndjson') return 'application/x-ndjson';
  return undefined;
};

export type BulkFileRefusal = 'type' | 'size' | 'empty';

/** Why the API would refuse this file before reading it, if it would: told at once, nothing sent. */
export const bulkFileRefusal = (file: { name: string; size: number }): BulkFileRefusal | undefined => {
  if (!bulkContentTypeOf(file.name)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_BULK_BYTES) return 'size';
  return undefined;
};

/**
 * A template to fill in: the header row alone, with a byte order mark so that a spreadsheet opens
 * it as UTF-8 (the API accepts the mark), as a `data:` address made in the browser — no file on a server.
 */
export const templateHref = (kind: BulkKind): string =>
  `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${BULK_COLUMNS[kind].join(',')}\r\n`)}`;

/** The template's file name. */
export const templateFileName = (kind: BulkKind): string =>
  kind === 'PASSPORT_UPDATES' ? 'passport-updates-template.csv' : 'inquiries-template.csv';

/** Whether the report is final: nothing more will change, so it is asked for no more. */
export const isSettled = (status: BulkStatus): boolean => status === 'DONE' || status === 'REJECTED';

/** How long the page waits before asking again how a request goes. */
export const POLL_MS = 1000;

/**
 * Answers worth asking again after: none came, the service failed or throttled. Any other (a
 * request not found, a session ended) will not change by itself.
 */
export const isPassingFailure = (failure: CallFailure): boolean =>
  failure.status === 0 || failure.status === 429 || failure.status >= 500;

/** Answers that mean "no bulk request of yours has this id": another establishment's, a malformed and a missing one alike. */
export const isNotYourBulkRequest = (failure: CallFailure | undefined): boolean =>
  failure !== undefined && (failure.status === 404 || failure.status === 400);
