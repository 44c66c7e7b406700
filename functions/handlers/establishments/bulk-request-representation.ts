import * as v from 'valibot';
import type { UploadForm } from '../../domain/attachments/ports.js';
import {
  BULK_FILE_TYPES,
  BULK_KINDS,
  BULK_REJECTIONS,
  BULK_STATUSES,
  type BulkReport,
  type BulkRequest,
} from '../../domain/establishments/bulk-request.js';
import type { TextLocale } from '../../domain/shared/locale.js';
import { BULK_REJECTION_TEXTS } from '../../http/messages.js';
import { describeIssue } from '../../http/problem.js';
import { IqamaNumberSchema } from './employee-representation.js';

/**
 * Refused fields an answer lists at most: a file of 10,000 lines each wrong three ways would
 * otherwise outgrow a function's 6 MB answer. The first ones, in file order, show what to fix.
 */
export const MAX_ERRORS_LISTED = 1000;

export const bulkRequestPath = (bulkRequestId: string) => `/v1/establishment/bulk-requests/${bulkRequestId}`;

const count = (description: string) => v.pipe(v.number(), v.integer(), v.minValue(0), v.description(description));

const BulkRequestEntries = {
  bulkRequestId: v.pipe(v.string(), v.uuid()),
  kind: v.picklist(BULK_KINDS),
  fileName: v.string(),
  contentType: v.picklist(BULK_FILE_TYPES),
  size: v.pipe(v.number(), v.integer(), v.description('Bytes, as declared when the upload was asked for.')),
  status: v.pipe(
    v.picklist(BULK_STATUSES),
    v.description(
      'PENDING until the file is uploaded, PROCESSING while its lines are applied, then DONE — or REJECTED when the file as a whole could not be read.',
    ),
  ),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
};

const UploadFormSchema = v.object({
  url: v.pipe(v.string(), v.url()),
  fields: v.pipe(
    v.record(v.string(), v.string()),
    v.description('Form fields to post before the file, as given (S3 presigned POST).'),
  ),
  expiresAt: v.pipe(v.string(), v.isoTimestamp()),
});

/** A new bulk request with the form its file is posted with (absent when a replay finds the form expired). */
export const NewBulkRequestSchema = v.pipe(
  v.object({ ...BulkRequestEntries, upload: v.optional(UploadFormSchema) }),
  v.title('NewBulkRequest'),
);

export const newBulkRequestView = (
  request: BulkRequest,
  upload: UploadForm | undefined,
): v.InferOutput<typeof NewBulkRequestSchema> => ({
  bulkRequestId: request.bulkRequestId,
  kind: request.kind,
  fileName: request.fileName,
  contentType: request.contentType,
  size: request.size,
  status: request.status,
  createdAt: request.createdAt,
  ...(upload && { upload }),
});

const LineErrorSchema = v.object({
  line: v.pipe(v.number(), v.integer(), v.description("The file's line the record starts on (the header is line 1).")),
  field: v.pipe(
    v.string(),
    v.description('The column (CSV) or member (JSON Lines) at fault; empty for the whole line.'),
  ),
  code: v.pipe(
    v.string(),
    v.description(
      "The single request's own codes (`required`, `too_short`, `passport_expired`, …), `not_an_employee` for anyone who is not the establishment's employee now, `wrong_number_of_fields`, `malformed_line`.",
    ),
  ),
  detail: v.pipe(v.string(), v.description("What was wrong, in the caller's language.")),
});

const LineResultSchema = v.object({
  line: v.pipe(v.number(), v.integer()),
  iqamaNumber: IqamaNumberSchema,
  reference: v.optional(v.pipe(v.string(), v.description('The inquiry filed, for a file of inquiries.'))),
  repeated: v.pipe(
    v.boolean(),
    v.description(
      'The same line was found applied already — by an upload within the last 24 hours, or by an earlier attempt at this one (a retry): nothing new was made.',
    ),
  ),
});

export const BulkReportSchema = v.pipe(
  v.object({
    ...BulkRequestEntries,
    startedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
    finishedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
    lines: v.optional(count('Lines of the file besides the header and blank lines, once it has been read.')),
    processed: count('Lines applied or refused so far.'),
    progress: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(0),
      v.maxValue(100),
      v.description('Percent of the lines processed: 100 once DONE.'),
    ),
    succeeded: count('Lines applied, repeated ones included.'),
    failed: count('Lines refused, each listed in `errors`.'),
    repeated: count('Lines found already applied, by an earlier upload within 24 hours or an earlier attempt.'),
    rejection: v.optional(
      v.object({
        code: v.picklist(BULK_REJECTIONS),
        detail: v.string(),
        line: v.optional(v.pipe(v.number(), v.integer())),
        column: v.optional(v.string()),
        sameAs: v.optional(
          v.pipe(v.string(), v.uuid(), v.description('The earlier bulk request of the very same file (`same_file`).')),
        ),
      }),
    ),
    errors: v.pipe(
      v.array(LineErrorSchema),
      v.description(`The first ${MAX_ERRORS_LISTED} refused fields, in file order.`),
    ),
    errorsNotListed: v.optional(count('Refused fields beyond those listed in `errors`.')),
    results: v.array(LineResultSchema),
  }),
  v.title('BulkReport'),
);

const progressOf = (request: BulkRequest) => {
  if (request.status === 'DONE') return 100;
  if (!request.lines) return 0;
  return Math.min(99, Math.floor((request.processed / request.lines) * 100));
};

/** A bulk request and what its lines came to so far: every refused field with its reason, every line applied. */
export const bulkReportView = (report: BulkReport, locale: TextLocale): v.InferOutput<typeof BulkReportSchema> => {
  const { request } = report;
  const issues = report.errors.flatMap(({ line, issues }) => issues.map((issue) => ({ line, issue })));
  return {
    bulkRequestId: request.bulkRequestId,
    kind: request.kind,
    fileName: request.fileName,
    contentType: request.contentType,
    size: request.size,
    status: request.status,
    createdAt: request.createdAt,
    ...(request.startedAt && { startedAt: request.startedAt }),
    ...(request.finishedAt && { finishedAt: request.finishedAt }),
    ...(request.lines !== undefined && { lines: request.lines }),
    processed: request.processed,
    progress: progressOf(request),
    succeeded: request.succeeded,
    failed: request.failed,
    repeated: request.repeated,
    ...(request.rejection && {
      rejection: { ...request.rejection, detail: BULK_REJECTION_TEXTS[request.rejection.code][locale] },
    }),
    errors: issues.slice(0, MAX_ERRORS_LISTED).map(({ line, issue }) => {
      const { field, code, detail } = describeIssue(issue, locale);
      return { line, field, code, detail };
    }),
    ...(issues.length > MAX_ERRORS_LISTED && { errorsNotListed: issues.length - MAX_ERRORS_LISTED }),
    // Stored maps come back in no set order: answered in the contract's.
    results: report.results.map(({ line, iqamaNumber, reference, repeated }) => ({
      line,
      iqamaNumber,
      ...(reference && { reference }),
      repeated,
    })),
  };
};
