import * as v from 'valibot';
import { InquiryDetailSchema, InquirySummarySchema } from '../../http/inquiry-representation.js';
import { INQUIRY_REQUEST_FIELDS } from '../../http/inquiry-request.js';
import { NEXT_CURSOR, PAGE_QUERY } from '../../http/page-query.js';
import type { RouteContracts } from '../../http/route-contract.js';
import { CategoryListSchema } from './category-representation.js';

export const ROUTE_CONTRACTS = {
  ListCategories: {
    summary: 'List the request types',
    description:
      "The 13 request types residents can file, and establishments' staff on an employee's behalf, each with the section of the directorate that reviews it.",
    roles: ['resident', 'reviewer', 'establishment'],
    success: { status: 200, description: 'The request types.', schema: CategoryListSchema },
    problems: [],
  },
  SubmitInquiry: {
    summary: 'Submit an inquiry or complaint',
    description:
      'Files a request of one type with its description; the review workflow starts and the resident gets an SMS with the request number. Retry with the same `Idempotency-Key` to get the first answer again.',
    roles: ['resident'],
    body: {
      schema: v.strictObject(INQUIRY_REQUEST_FIELDS),
      maxBytes: 32 * 1024,
    },
    idempotent: true,
    success: { status: 201, description: 'The inquiry as filed.', schema: InquiryDetailSchema, location: true },
    problems: [],
  },
  ListInquiries: {
    summary: "List the resident's inquiries",
    description: 'The newest first, a page at a time.',
    roles: ['resident'],
    query: v.strictObject(PAGE_QUERY),
    success: {
      status: 200,
      description: 'A page of inquiries.',
      schema: v.pipe(
        v.object({ items: v.array(InquirySummarySchema), nextCursor: NEXT_CURSOR }),
        v.title('InquiryPage'),
      ),
    },
    problems: [],
  },
  GetInquiry: {
    summary: 'Read one inquiry',
    description: "The resident's whole view: status, what is asked of them and by when, the timeline.",
    roles: ['resident'],
    success: { status: 200, description: 'The inquiry.', schema: InquiryDetailSchema },
    problems: ['inquiry-not-found'],
  },
} as const satisfies RouteContracts;
