import { type CallFailure, problemCode } from '../shared/api/problem.js';

/** The list of the inquiries the establishment filed for its employees. */
export const EMPLOYEE_INQUIRIES_HREF = '/establishment/inquiries';

/** One inquiry the establishment filed. */
export const employeeInquiryHref = (reference: string): string =>
  `${EMPLOYEE_INQUIRIES_HREF}/${encodeURIComponent(reference)}`;

/** The filing form, with the employee's number filled in when it is known (from the employee's page). */
export const newEmployeeInquiryHref = (iqamaNumber?: string): string =>
  iqamaNumber
    ? `${EMPLOYEE_INQUIRIES_HREF}/new?${new URLSearchParams({ iqamaNumber })}`
    : `${EMPLOYEE_INQUIRIES_HREF}/new`;

/** The longest iqama number the field takes: ten digits. */
export const IQAMA_NUMBER_LENGTH = 10;

/**
 * The iqama number the address brings to the form (`?iqamaNumber=`): digits only, at most ten of
 * them, else none — the field starts empty rather than with what the address was made to carry.
 */
export const prefilledIqamaNumber = (search: string): string => {
  const value = new URLSearchParams(search).get('iqamaNumber')?.trim() ?? '';
  return new RegExp(`^\\d{1,${IQAMA_NUMBER_LENGTH}}$`).test(value) ? value : '';
};

/**
 * The filing's failure as the form shows it: "no employee of yours has this number" (a 404 of the
 * whole request) is about the iqama number, so it is told beside that field, in the API's words;
 * any other failure is left as it came.
 */
export const filingFailure = (failure: CallFailure | undefined): CallFailure | undefined => {
  if (!failure?.problem || problemCode(failure) !== 'employee-not-found') return failure;
  const { problem } = failure;
  return {
    ...failure,
    problem: {
      ...problem,
      errors: [{ pointer: '/iqamaNumber', field: 'iqamaNumber', code: 'employee-not-found', detail: problem.detail }],
    },
  };
};

/** Answers that mean "no inquiry of yours has this number": a malformed, another's and a missing one alike. */
export const isNotYourInquiry = (failure: CallFailure | undefined): boolean =>
  failure !== undefined && (failure.status === 404 || failure.status === 400);
