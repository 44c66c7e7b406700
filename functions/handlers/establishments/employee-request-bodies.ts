import * as v from 'valibot';
import { INQUIRY_REQUEST_FIELDS } from '../../http/inquiry-request.js';
import { calendarDate } from '../../http/validation.js';

const IqamaNumberField = v.pipe(v.string(), v.regex(/^\d{10}$/));

/** An inquiry on an employee's behalf, as one request takes it and as one line of a bulk file holds it. */
export const EmployeeInquiryBodySchema = v.strictObject({ iqamaNumber: IqamaNumberField, ...INQUIRY_REQUEST_FIELDS });

const PASSPORT_FIELDS = {
  // The rules (residents/passport-rules) judge the format; the schema only bounds the size.
  passportNumber: v.pipe(v.string(), v.minLength(1), v.maxLength(20)),
  issueDate: calendarDate(),
  expiryDate: calendarDate(),
};

/** An employee's renewed passport, as one request takes it (the employee is in the path). */
export const EmployeePassportBodySchema = v.strictObject(PASSPORT_FIELDS);

/** Each kind's bulk line: the single request's body, judged by the very same rules. */
export const BULK_LINE_SCHEMAS = {
  INQUIRIES: EmployeeInquiryBodySchema,
  PASSPORT_UPDATES: v.strictObject({ iqamaNumber: IqamaNumberField, ...PASSPORT_FIELDS }),
} as const;
