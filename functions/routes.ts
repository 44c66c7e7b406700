/**
 * The API's routes: the CDK app builds one function and one method from each, and the local
 * runtime serves the very same list, so the two cannot drift apart.
 */
export type TableAccess = 'none' | 'read' | 'readWrite';
/** What a function does with attachment files: sign upload forms, or read (and sign downloads). */
export type BucketAccess = 'none' | 'upload' | 'read';

export interface Route {
  /** Construct id of the function, also its name in logs and benchmarks. */
  id: string;
  method: 'GET' | 'POST' | 'PUT';
  /** API Gateway path template. */
  path: string;
  /** Handler source, relative to the project root; it exports `handler`. */
  entry: string;
  inquiriesTable: TableAccess;
  attachmentsBucket: BucketAccess;
}

const route = (id: string, method: Route['method'], path: string, entry: string, inquiriesTable: TableAccess, attachmentsBucket: BucketAccess = 'none'): Route => ({
  id,
  method,
  path,
  entry: `functions/${entry}`,
  inquiriesTable,
  attachmentsBucket,
});

export const ROUTES: readonly Route[] = [
  route('ListCategories', 'GET', '/v1/categories', 'categories/list-categories.ts', 'none'),
  route('SubmitInquiry', 'POST', '/v1/inquiries', 'inquiries/submit-inquiry.ts', 'readWrite'),
  route('ListInquiries', 'GET', '/v1/inquiries', 'inquiries/list-inquiries.ts', 'read'),
  route('GetInquiry', 'GET', '/v1/inquiries/{reference}', 'inquiries/get-inquiry.ts', 'read'),
  route('RequestUpload', 'POST', '/v1/inquiries/{reference}/attachments', 'attachments/request-upload.ts', 'readWrite', 'upload'),
  route('ListAttachments', 'GET', '/v1/inquiries/{reference}/attachments', 'attachments/list-attachments.ts', 'read'),
  route('GetAttachment', 'GET', '/v1/inquiries/{reference}/attachments/{attachmentId}', 'attachments/get-attachment.ts', 'read', 'read'),
  route('ListReviewQueue', 'GET', '/v1/review/inquiries', 'review/list-review-queue.ts', 'read'),
  route('GetReviewInquiry', 'GET', '/v1/review/inquiries/{reference}', 'review/get-review-inquiry.ts', 'read'),
];

/** Functions that S3 events (through EventBridge) invoke, not the API. */
export const VERIFY_UPLOAD = { id: 'VerifyUpload', entry: 'functions/attachments/verify-upload.ts' } as const;
