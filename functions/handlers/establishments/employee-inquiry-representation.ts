import * as v from 'valibot';
import type { FiledForEmployee } from '../../domain/inquiries/inquiry.js';
import type { TextLocale } from '../../domain/shared/locale.js';
import {
  InquiryDetailSchema,
  InquirySummarySchema,
  inquiryDetail,
  inquirySummary,
} from '../../http/inquiry-representation.js';
import type { Notification } from '../../http/notification-representation.js';
import { IqamaNumberSchema } from './employee-representation.js';

export const employeeInquiryPath = (reference: string) => `/v1/establishment/inquiries/${reference}`;

export const EmployeeInquirySummarySchema = v.pipe(
  v.object({ ...InquirySummarySchema.pipe[0].entries, iqamaNumber: IqamaNumberSchema }),
  v.title('EmployeeInquirySummary'),
);

/** An inquiry the establishment filed, in its list: the employee's own view of it, and whose it is. */
export const employeeInquirySummary = (
  inquiry: FiledForEmployee,
  locale: TextLocale,
): v.InferOutput<typeof EmployeeInquirySummarySchema> => ({
  ...inquirySummary(inquiry, locale),
  iqamaNumber: inquiry.submittedBy.iqamaNumber,
});

export const EmployeeInquirySchema = v.pipe(
  v.object({ ...InquiryDetailSchema.pipe[0].entries, iqamaNumber: IqamaNumberSchema }),
  v.title('EmployeeInquiry'),
);

/** What the establishment follows of an inquiry it filed: what the employee sees, never the reviewers' notes. */
export const employeeInquiryDetail = (
  inquiry: FiledForEmployee,
  locale: TextLocale,
  notifications?: Notification[],
): v.InferOutput<typeof EmployeeInquirySchema> => ({
  ...inquiryDetail(inquiry, locale, notifications),
  iqamaNumber: inquiry.submittedBy.iqamaNumber,
});
