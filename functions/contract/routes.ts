import { RESIDENT_TABLE_KEYS } from './table-layouts.js';

/**
 * The API's routes: the CDK app builds one function and one method from each, and the local
 * runtime serves the very same list, so the two cannot drift apart.
 */
export type TableAccess = 'none' | 'read' | 'readWrite';
/** What a function does with attachment files: sign upload forms, or read (and sign downloads). */
export type BucketAccess = 'none' | 'upload' | 'read';
/** What a function does with the review workflow: start executions, or resume waiting ones. */
export type WorkflowAccess = 'none' | 'start' | 'resume';
/**
 * Who may call a route: a signed-in caller, whose token API Gateway's authorizer checks before the
 * function runs, or anyone, with no token at all (figures published to the public, holding no one's data).
 */
export type RouteCaller = 'signedIn' | 'anyone';
/** The residents table's index a route may read besides its items: an establishment's list's. */
export type ResidentsIndex = typeof RESIDENT_TABLE_KEYS.byEmployerIndex;

export interface Route {
  /** Construct id of the function, also its name in logs and benchmarks. */
  id: string;
  method: 'GET' | 'POST' | 'PUT';
  /** API Gateway path template. */
  path: string;
  /** Handler source, relative to the project root; it exports `handler`. */
  entry: string;
  caller: RouteCaller;
  inquiriesTable: TableAccess;
  /** Residents' profiles and documents. */
  residentsTable: TableAccess;
  /** The residents table's indexes the route queries besides its items. */
  residentsIndexes: readonly ResidentsIndex[];
  /**
   * Whether the route keeps its establishment staff caller's sign-in as the establishment's
   * contact: reads and writes in the residents table's contact partitions only.
   */
  establishmentContacts: boolean;
  /** The directorate's statistics: counters only, no personal data. */
  statsTable: TableAccess;
  attachmentsBucket: BucketAccess;
  /** Whether the route signs the forms establishments upload bulk files with, under their own prefix. */
  bulkUploads: boolean;
  reviewWorkflow: WorkflowAccess;
  /** Whether the route lists the SMS sent about an inquiry, with their delivery: the messages table's subject index. */
  inquiryNotifications: boolean;
  /**
   * Whether a read by the route's caller is how a request for information reaches them: it notes
   * the opening on the inquiry (UpdateItem), which a read-only route could not.
   */
  notesReplyRequestSeen: boolean;
}

const route = (
  id: string,
  method: Route['method'],
  path: string,
  entry: string,
  inquiriesTable: TableAccess,
  access: {
    attachmentsBucket?: BucketAccess;
    bulkUploads?: boolean;
    reviewWorkflow?: WorkflowAccess;
    residentsTable?: TableAccess;
    residentsIndexes?: readonly ResidentsIndex[];
    establishmentContacts?: boolean;
    statsTable?: TableAccess;
    caller?: RouteCaller;
    inquiryNotifications?: boolean;
    notesReplyRequestSeen?: boolean;
  } = {},
): Route => ({
  id,
  method,
  path,
  entry: `functions/handlers/${entry}`,
  caller: access.caller ?? 'signedIn',
  inquiriesTable,
  residentsTable: access.residentsTable ?? 'none',
  residentsIndexes: access.residentsIndexes ?? [],
  establishmentContacts: access.establishmentContacts ?? false,
  statsTable: access.statsTable ?? 'none',
  attachmentsBucket: access.attachmentsBucket ?? 'none',
  bulkUploads: access.bulkUploads ?? false,
  reviewWorkflow: access.reviewWorkflow ?? 'none',
  inquiryNotifications: access.inquiryNotifications ?? false,
  notesReplyRequestSeen: access.notesReplyRequestSeen ?? false,
});

export const ROUTES: readonly Route[] = [
  route('ListCategories', 'GET', '/v1/categories', 'inquiries/list-categories.ts', 'none'),
  // Residents' routes keep the caller's sign-in (phone, locale) with their profile: residentsTable readWrite.
  // No start here: the inquiries table's stream starts the review of what is stored.
  // It reads the published processing times for the inquiry's typical response date: statsTable read.
  route('SubmitInquiry', 'POST', '/v1/inquiries', 'inquiries/submit-inquiry.ts', 'readWrite', {
    residentsTable: 'readWrite',
    statsTable: 'read',
  }),
  route('ListInquiries', 'GET', '/v1/inquiries', 'inquiries/list-inquiries.ts', 'read', {
    residentsTable: 'readWrite',
  }),
  // Reading one inquiry lists its SMS with their delivery; opened while it waits for the resident, it reached them.
  route('GetInquiry', 'GET', '/v1/inquiries/{reference}', 'inquiries/get-inquiry.ts', 'read', {
    residentsTable: 'readWrite',
    inquiryNotifications: true,
    notesReplyRequestSeen: true,
  }),
  route(
    'RequestUpload',
    'POST',
    '/v1/inquiries/{reference}/attachments',
    'attachments/request-upload.ts',
    'readWrite',
    { attachmentsBucket: 'upload', residentsTable: 'readWrite' },
  ),
  route('ListAttachments', 'GET', '/v1/inquiries/{reference}/attachments', 'attachments/list-attachments.ts', 'read', {
    residentsTable: 'readWrite',
  }),
  route(
    'GetAttachment',
    'GET',
    '/v1/inquiries/{reference}/attachments/{attachmentId}',
    'attachments/get-attachment.ts',
    'read',
    { attachmentsBucket: 'read', residentsTable: 'readWrite' },
  ),
  route('ListReviewQueue', 'GET', '/v1/review/inquiries', 'review/list-review-queue.ts', 'read'),
  route('GetReviewInquiry', 'GET', '/v1/review/inquiries/{reference}', 'review/get-review-inquiry.ts', 'read', {
    inquiryNotifications: true,
  }),
  route('DecideInquiry', 'POST', '/v1/review/inquiries/{reference}/decision', 'review/decide-inquiry.ts', 'readWrite', {
    reviewWorkflow: 'resume',
  }),
  route('ReplyToInquiry', 'POST', '/v1/inquiries/{reference}/replies', 'review/reply-to-inquiry.ts', 'readWrite', {
    reviewWorkflow: 'resume',
    residentsTable: 'readWrite',
  }),
  route('AppealInquiry', 'POST', '/v1/inquiries/{reference}/appeal', 'review/appeal-inquiry.ts', 'readWrite', {
    reviewWorkflow: 'resume',
    residentsTable: 'readWrite',
  }),
  route('RateInquiry', 'POST', '/v1/inquiries/{reference}/rating', 'review/rate-inquiry.ts', 'readWrite', {
    residentsTable: 'readWrite',
  }),
  // Statistics are counters kept apart from the inquiries: this function reads nothing about anyone.
  route('GetReviewStats', 'GET', '/v1/review/stats', 'stats/get-review-stats.ts', 'none', { statsTable: 'read' }),
  // Every call of the resident's own API keeps the phone and locale they signed in with, hence readWrite.
  route('ListDocuments', 'GET', '/v1/me/documents', 'residents/list-documents.ts', 'none', {
    residentsTable: 'readWrite',
  }),
  route('UpdatePassport', 'PUT', '/v1/me/passport', 'residents/update-passport.ts', 'none', {
    residentsTable: 'readWrite',
  }),
  route('GetPreferences', 'GET', '/v1/me/preferences', 'residents/get-preferences.ts', 'none', {
    residentsTable: 'readWrite',
  }),
  route('UpdatePreferences', 'PUT', '/v1/me/preferences', 'residents/update-preferences.ts', 'none', {
    residentsTable: 'readWrite',
  }),
  // Establishments read their employees through the register: residentsTable read, and the employer index.
  // Their routes keep the caller's sign-in as the establishment's contact, for its daily digest.
  route('ListEmployees', 'GET', '/v1/establishment/employees', 'establishments/list-employees.ts', 'none', {
    residentsTable: 'read',
    residentsIndexes: [RESIDENT_TABLE_KEYS.byEmployerIndex],
    establishmentContacts: true,
  }),
  route('GetEmployee', 'GET', '/v1/establishment/employees/{iqamaNumber}', 'establishments/get-employee.ts', 'none', {
    residentsTable: 'read',
    establishmentContacts: true,
  }),
  route(
    'UpdateEmployeePassport',
    'PUT',
    '/v1/establishment/employees/{iqamaNumber}/passport',
    'establishments/update-employee-passport.ts',
    'none',
    { residentsTable: 'readWrite', establishmentContacts: true },
  ),
  // Filing for an employee checks the register (residentsTable read) and reads the published processing times.
  route(
    'SubmitEmployeeInquiry',
    'POST',
    '/v1/establishment/inquiries',
    'establishments/submit-employee-inquiry.ts',
    'readWrite',
    { residentsTable: 'read', statsTable: 'read', establishmentContacts: true },
  ),
  route(
    'ListEmployeeInquiries',
    'GET',
    '/v1/establishment/inquiries',
    'establishments/list-employee-inquiries.ts',
    'read',
    { residentsTable: 'read', establishmentContacts: true },
  ),
  route(
    'GetEmployeeInquiry',
    'GET',
    '/v1/establishment/inquiries/{reference}',
    'establishments/get-employee-inquiry.ts',
    'read',
    { residentsTable: 'read', establishmentContacts: true, inquiryNotifications: true, notesReplyRequestSeen: true },
  ),
  // A reply resumes the review workflow where it waits, as the employee's own does.
  route(
    'ReplyToEmployeeInquiry',
    'POST',
    '/v1/establishment/inquiries/{reference}/replies',
    'establishments/reply-to-employee-inquiry.ts',
    'readWrite',
    { residentsTable: 'read', reviewWorkflow: 'resume', establishmentContacts: true },
  ),
  // A document for an inquiry filed for an employee: the attachments' own upload, after the employee check.
  route(
    'RequestEmployeeUpload',
    'POST',
    '/v1/establishment/inquiries/{reference}/attachments',
    'establishments/request-employee-upload.ts',
    'readWrite',
    { residentsTable: 'read', attachmentsBucket: 'upload', establishmentContacts: true },
  ),
  // A bulk request is kept beside its establishment's other items, with the claim of its key: residentsTable readWrite.
  // Its lines are applied by PROCESS_BULK_FILE, once the file lands in storage.
  route(
    'RequestBulkUpload',
    'POST',
    '/v1/establishment/bulk-requests',
    'establishments/request-bulk-upload.ts',
    'none',
    { residentsTable: 'readWrite', bulkUploads: true, establishmentContacts: true },
  ),
  route(
    'GetBulkRequest',
    'GET',
    '/v1/establishment/bulk-requests/{bulkRequestId}',
    'establishments/get-bulk-request.ts',
    'none',
    { residentsTable: 'read', establishmentContacts: true },
  ),
  route('GetProcessingTimes', 'GET', '/v1/processing-times', 'stats/get-processing-times.ts', 'none', {
    statsTable: 'read',
    caller: 'anyone',
  }),
];

/** Where the API publishes its contract (the OpenAPI document), to anyone, deployed and locally alike. */
export const API_DOCUMENT_PATH = '/openapi.json';

/**
 * How the contract is shared: public, the same for everyone until the next deployment (a few
 * minutes' reuse is safe), readable by a docs page or a code generator on any origin.
 */
export const API_DOCUMENT_SHARING = { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' };

/**
 * Request bodies of these media types reach the functions base64-encoded, as the bytes were sent:
 * passed as text, API Gateway would have decoded them already and a function could no longer
 * tell bytes that are not UTF-8 from text. Both runtimes pass bodies this way.
 */
export const BINARY_MEDIA_TYPES: readonly string[] = ['application/json'];

/** A resource's `Allow` header: its routes' methods, and OPTIONS, answered for CORS preflights. */
export const allowHeader = (methods: readonly string[]): string => [...new Set([...methods, 'OPTIONS'])].join(', ');
