import * as v from 'valibot';
import { ATTACHMENT_LIMITS } from '../../domain/attachments/attachment.js';
import { BULK_FILE_TYPES, BULK_KINDS, BULK_LIMITS } from '../../domain/establishments/bulk-request.js';
import { DOCUMENT_TYPES } from '../../domain/residents/resident-document.js';
import {
  NewAttachmentSchema,
  UPLOAD_LIMITS_TEXT,
  UploadRequestBodySchema,
} from '../../http/attachment-representation.js';
import { DocumentSchema } from '../../http/document-representation.js';
import { NEXT_CURSOR, PAGE_QUERY } from '../../http/page-query.js';
import { ReplyBodySchema, TEXT_BODY_BYTES } from '../../http/reply-request.js';
import type { RouteContracts } from '../../http/route-contract.js';
import { text } from '../../http/validation.js';
import { BulkReportSchema, NewBulkRequestSchema } from './bulk-request-representation.js';
import { EmployeeInquirySchema, EmployeeInquirySummarySchema } from './employee-inquiry-representation.js';
import { EmployeeDocumentRowSchema, EmployeeSchema } from './employee-representation.js';
import { BULK_LINE_SCHEMAS, EmployeeInquiryBodySchema, EmployeePassportBodySchema } from './employee-request-bodies.js';

/** A renewal is due within a year at the latest: a longer window asks for the whole list, which paging gives. */
const MAX_EXPIRING_WITHIN_DAYS = 366;

export const ROUTE_CONTRACTS = {
  ListEmployees: {
    summary: "List the establishment's employees' documents",
    description:
      "The documents of the residents whose register line names the caller's establishment as employer, the soonest expiry first, a page at a time; `expiringWithinDays` keeps those expiring within that many days (expired ones included), `documentType` one type. Dependents' documents are not shown. A page holds at most `limit` rows and may hold fewer when filtered.",
    roles: ['establishment'],
    query: v.strictObject({
      expiringWithinDays: v.optional(
        v.pipe(
          v.string(),
          v.description(
            `Only documents expiring within this many days (0–${MAX_EXPIRING_WITHIN_DAYS}) of today in Riyadh, expired ones included.`,
          ),
          // The pattern says the range in the contract, which cannot state a bound set after a transform.
          v.regex(/^(?:[0-9]{1,2}|[12][0-9]{2}|3[0-5][0-9]|36[0-6])$/),
          v.transform(Number),
          v.maxValue(MAX_EXPIRING_WITHIN_DAYS),
        ),
      ),
      documentType: v.optional(v.picklist(DOCUMENT_TYPES)),
      ...PAGE_QUERY,
    }),
    success: {
      status: 200,
      description: 'A page of documents.',
      schema: v.pipe(
        v.object({ items: v.array(EmployeeDocumentRowSchema), nextCursor: NEXT_CURSOR }),
        v.title('EmployeeDocumentPage'),
      ),
    },
    problems: [],
  },
  GetEmployee: {
    summary: 'Read one employee',
    description:
      "The employee's own documents, soonest to expire first. Someone who is not the establishment's employee now (a former one, another establishment's, an unknown number) is not found.",
    roles: ['establishment'],
    success: { status: 200, description: 'The employee.', schema: EmployeeSchema },
    problems: ['employee-not-found'],
  },
  UpdateEmployeePassport: {
    summary: "Record an employee's renewed passport",
    description:
      "The passport update service used by the establishment for its worker: the same rules and error codes as the resident's own update (`PUT /v1/me/passport`). The employee sees it in their documents and their reminders follow it. A passport the employee recorded themselves that expires later is kept (409).",
    roles: ['establishment'],
    body: {
      schema: EmployeePassportBodySchema,
      maxBytes: 4 * 1024,
    },
    idempotent: true,
    success: { status: 200, description: 'The passport as now held.', schema: DocumentSchema },
    problems: ['employee-not-found', 'newer-passport-held'],
  },
  SubmitEmployeeInquiry: {
    summary: "File an inquiry on an employee's behalf",
    description:
      "An inquiry for one of the establishment's employees: the same review as the employee's own, in the employee's own list, showing `submittedBy`. Its SMS go to the employee (to the staff member when the employee has no phone on record) and a copy to the staff member who filed it. Someone who is not the establishment's employee now is not found. Retry with the same `Idempotency-Key` to get the first answer again.",
    roles: ['establishment'],
    body: {
      schema: EmployeeInquiryBodySchema,
      maxBytes: 32 * 1024,
    },
    idempotent: true,
    success: { status: 201, description: 'The inquiry as filed.', schema: EmployeeInquirySchema, location: true },
    problems: ['employee-not-found'],
  },
  ListEmployeeInquiries: {
    summary: 'List the inquiries the establishment filed',
    description:
      'The newest first, a page at a time, whoever of its staff filed them; those of people who are no longer its employees are left out, so a page may hold fewer than `limit`. Inquiries employees filed themselves are theirs alone and never listed.',
    roles: ['establishment'],
    query: v.strictObject(PAGE_QUERY),
    success: {
      status: 200,
      description: 'A page of inquiries.',
      schema: v.pipe(
        v.object({ items: v.array(EmployeeInquirySummarySchema), nextCursor: NEXT_CURSOR }),
        v.title('EmployeeInquiryPage'),
      ),
    },
    problems: [],
  },
  GetEmployeeInquiry: {
    summary: 'Read one inquiry the establishment filed',
    description:
      "What the employee sees of it: status, what is asked and by when, the timeline. An inquiry the employee filed themselves, another establishment's, or one for a former employee is not found.",
    roles: ['establishment'],
    success: { status: 200, description: 'The inquiry.', schema: EmployeeInquirySchema },
    problems: ['inquiry-not-found'],
  },
  ReplyToEmployeeInquiry: {
    summary: 'Answer a request for information on an inquiry the establishment filed',
    description:
      "Only while the inquiry is NEEDS_INFO, and the person it is for is still the establishment's employee: the same rules as the employee's own reply (`POST /v1/inquiries/{reference}/replies`), which either of them may send. The review goes on and its clock restarts; the timeline shows that the establishment answered.",
    roles: ['establishment'],
    body: { schema: ReplyBodySchema, maxBytes: TEXT_BODY_BYTES },
    idempotent: true,
    success: { status: 200, description: 'The inquiry after the reply.', schema: EmployeeInquirySchema },
    problems: ['inquiry-not-found', 'transition-not-allowed', 'concurrent-change'],
  },
  RequestEmployeeUpload: {
    summary: 'Attach a file to an inquiry the establishment filed',
    description: `A document for an inquiry filed for an employee — one a reviewer asked for, say —, while the person is still the establishment's employee: the same as the employee's own upload (${UPLOAD_LIMITS_TEXT}; a form to post it to storage within ${ATTACHMENT_LIMITS.uploadSeconds / 60} minutes; then verified). The employee sees it among the inquiry's attachments, and a reply (the establishment's or the employee's) may name it. Another establishment's inquiry, the employee's own, or one for a former employee is not found.`,
    roles: ['establishment'],
    body: { schema: UploadRequestBodySchema, maxBytes: 4 * 1024 },
    idempotent: true,
    success: {
      status: 201,
      description: 'The attachment, PENDING, with its upload form.',
      schema: NewAttachmentSchema,
      location: true,
    },
    problems: ['inquiry-not-found', 'attachment-limit-reached', 'attachment-too-large'],
  },
  RequestBulkUpload: {
    summary: 'Ask to upload a bulk file',
    description: `Opens a bulk request for one file of passport updates or of inquiries — CSV in UTF-8 with a header row (\`${Object.keys(BULK_LINE_SCHEMAS.PASSPORT_UPDATES.entries).join(',')}\` or \`${Object.keys(BULK_LINE_SCHEMAS.INQUIRIES.entries).join(',')}\`), or JSON Lines with those members — up to ${BULK_LIMITS.maxBytes / (1024 * 1024)} MB and ${BULK_LIMITS.maxLines.toLocaleString('en')} lines, and answers with a form to post it to storage within ${BULK_LIMITS.uploadSeconds / 60} minutes: the file never passes through the API. Every line is then applied as the single request would be, and \`GET /v1/establishment/bulk-requests/{bulkRequestId}\` reports each one. The same line uploaded again within 24 hours makes nothing new. Requests and reports are kept ${BULK_LIMITS.keptDays} days.`,
    roles: ['establishment'],
    body: {
      schema: v.strictObject({
        kind: v.picklist(BULK_KINDS),
        fileName: text({ min: 1, max: BULK_LIMITS.fileNameCharacters }),
        contentType: v.picklist(BULK_FILE_TYPES),
        size: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BULK_LIMITS.maxBytes)),
      }),
      maxBytes: 4 * 1024,
    },
    idempotent: true,
    success: {
      status: 201,
      description: 'The bulk request, PENDING, with its upload form.',
      schema: NewBulkRequestSchema,
      location: true,
    },
    problems: [],
  },
  GetBulkRequest: {
    summary: 'Follow a bulk request',
    description:
      "Its status and progress, every refused line with each field's reason (`errors`), and every line applied (`results`, with the inquiry's reference for a file of inquiries), in file order, growing while it is PROCESSING. Another establishment's request, or one past the time it is kept, is not found.",
    roles: ['establishment'],
    success: { status: 200, description: 'The bulk request and its report.', schema: BulkReportSchema },
    problems: ['bulk-request-not-found'],
  },
} as const satisfies RouteContracts;
