import { BULK_FILE_PREFIX } from '../../contract/object-keys.js';
import type { FieldIssue } from '../shared/errors.js';

/** What one bulk file holds: passport updates or inquiries, each line for one employee. */
export const BULK_KINDS = ['PASSPORT_UPDATES', 'INQUIRIES'] as const;
export type BulkKind = (typeof BULK_KINDS)[number];

export const BULK_FILE_TYPES = ['text/csv', 'application/x-ndjson'] as const;
export type BulkFileType = (typeof BULK_FILE_TYPES)[number];

export const BULK_STATUSES = ['PENDING', 'PROCESSING', 'DONE', 'REJECTED'] as const;
export type BulkStatus = (typeof BULK_STATUSES)[number];

/** Why a whole file was refused before any of its lines was applied. */
export const BULK_REJECTIONS = [
  'not_utf8',
  'size_mismatch',
  'no_header',
  'unknown_column',
  'duplicate_column',
  'missing_column',
  'no_lines',
  'too_many_lines',
  'unclosed_quote',
  'file_gone',
  'too_late_to_resume',
  'not_uploaded',
  'same_file',
] as const;
export type BulkRejectionCode = (typeof BULK_REJECTIONS)[number];

export const BULK_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  /** Lines besides the header row. */
  maxLines: 10_000,
  uploadSeconds: 15 * 60,
  fileNameCharacters: 200,
  /** How long a bulk request and its report are kept: long enough to follow up, no longer (PDPL). */
  keptDays: 30,
  /** Lines applied and recorded together: the unit of progress, and what a retry may redo. */
  linesPerChunk: 250,
} as const;

export interface BulkRejection {
  code: BulkRejectionCode;
  /** The file's line the refusal points at, when it is one line's fault (an unclosed quote). */
  line?: number;
  /** The header's column name it is about, as written (cut to 64 characters). */
  column?: string;
  /** The earlier request of the very same file (same_file). */
  sameAs?: string;
}

/** The staff member who asked for the upload: the employees' inquiries' SMS fall back to their phone. */
export interface BulkRequester {
  staffId: string;
  phone?: string;
  locale: string;
}

export interface BulkRequest {
  bulkRequestId: string;
  establishmentId: string;
  kind: BulkKind;
  fileName: string;
  contentType: BulkFileType;
  size: number;
  status: BulkStatus;
  requestedBy: BulkRequester;
  createdAt: string;
  uploadExpiresAt: string;
  /** The stored version being applied: an upload of another version after it is not read. */
  fileVersion?: string;
  startedAt?: string;
  finishedAt?: string;
  /** Lines of the file besides the header and blank lines, known once it is read. */
  lines?: number;
  /** Chunks of BULK_LIMITS.linesPerChunk lines applied and recorded so far. */
  chunksDone: number;
  processed: number;
  succeeded: number;
  failed: number;
  /** Lines found already applied — by an upload within the last 24 hours, or an earlier attempt at this one: nothing new made. */
  repeated: number;
  rejection?: BulkRejection;
}

/** One line that was not applied, with every reason, field by field (pointers into the line's record). */
export interface BulkLineError {
  line: number;
  issues: FieldIssue[];
}

export interface BulkLineResult {
  line: number;
  iqamaNumber: string;
  /** The inquiry filed, for a line of inquiries. */
  reference?: string;
  repeated: boolean;
}

/** What one chunk of lines came to, recorded with the request's counters in one write. */
export interface BulkChunk {
  index: number;
  errors: BulkLineError[];
  results: BulkLineResult[];
}

export interface BulkReport {
  request: BulkRequest;
  errors: BulkLineError[];
  results: BulkLineResult[];
}

export const bulkFileKey = (establishmentId: string, bulkRequestId: string) =>
  `${BULK_FILE_PREFIX}${establishmentId}/${bulkRequestId}`;

const BULK_FILE_KEY_PATTERN = /^bulk-requests\/(7\d{9})\/([0-9a-f-]{36})$/;

/** The bulk request an S3 key names, or undefined for a key the system never issued. */
export const parseBulkFileKey = (key: string): { establishmentId: string; bulkRequestId: string } | undefined => {
  const [, establishmentId, bulkRequestId] = BULK_FILE_KEY_PATTERN.exec(key) ?? [];
  return establishmentId && bulkRequestId ? { establishmentId, bulkRequestId } : undefined;
};

/** Whether nothing will change any more: a later upload of the same file is not read. */
export const isSettled = (request: BulkRequest) => request.status === 'DONE' || request.status === 'REJECTED';
