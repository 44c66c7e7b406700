/**
 * The API's routes: the CDK app builds one function and one method from each, and the local
 * runtime serves the very same list, so the two cannot drift apart.
 */
export type TableAccess = 'none' | 'read' | 'readWrite';

export interface Route {
  /** Construct id of the function, also its name in logs and benchmarks. */
  id: string;
  method: 'GET' | 'POST' | 'PUT';
  /** API Gateway path template. */
  path: string;
  /** Handler source, relative to the project root; it exports `handler`. */
  entry: string;
  inquiriesTable: TableAccess;
}

export const ROUTES: readonly Route[] = [
  { id: 'ListCategories', method: 'GET', path: '/v1/categories', entry: 'functions/categories/list-categories.ts', inquiriesTable: 'none' },
  { id: 'SubmitInquiry', method: 'POST', path: '/v1/inquiries', entry: 'functions/inquiries/submit-inquiry.ts', inquiriesTable: 'readWrite' },
  { id: 'ListInquiries', method: 'GET', path: '/v1/inquiries', entry: 'functions/inquiries/list-inquiries.ts', inquiriesTable: 'read' },
  { id: 'GetInquiry', method: 'GET', path: '/v1/inquiries/{reference}', entry: 'functions/inquiries/get-inquiry.ts', inquiriesTable: 'read' },
];
