import type { Schema } from '../shared/api/api-client.js';
import type { CallFailure } from '../shared/api/problem.js';

export type DocumentType = Schema<'EmployeeDocument'>['type'];

/** The document types an establishment can filter its list by, in the contract's order. */
export const DOCUMENT_TYPES = [
  'IQAMA',
  'PASSPORT',
  'EXIT_REENTRY_VISA',
  'VISIT_VISA',
  'WORK_VISA',
] as const satisfies readonly DocumentType[];

/** The longest "expiring within" the API takes: a year (a longer one is the whole list, which paging gives). */
export const MAX_WITHIN_DAYS = 366;

/**
 * Which of the employees' documents the list shows, as its address says it (a reload or a shared
 * link shows the same), under the API's own parameter names.
 */
export interface EmployeesFilter {
  expiringWithinDays?: number;
  documentType?: DocumentType;
}

const isDocumentType = (value: string | null): value is DocumentType =>
  (DOCUMENT_TYPES as readonly unknown[]).includes(value);

/**
 * A number of days as typed: none when left empty, `'invalid'` when not a whole number from 0 to
 * MAX_WITHIN_DAYS (the API would refuse it), else the number.
 */
export const withinDaysOf = (text: string): number | undefined | 'invalid' => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,3}$/.test(trimmed)) return 'invalid';
  const days = Number(trimmed);
  return days <= MAX_WITHIN_DAYS ? days : 'invalid';
};

/** Reads the address's query; what the API could not take is dropped rather than sent. */
export const employeesFilterOf = (search: string): EmployeesFilter => {
  const params = new URLSearchParams(search);
  const within = withinDaysOf(params.get('expiringWithinDays') ?? '');
  const type = params.get('documentType');
  return {
    ...(typeof within === 'number' ? { expiringWithinDays: within } : {}),
    ...(isDocumentType(type) ? { documentType: type } : {}),
  };
};

/** The list's address with `filter`: `/establishment/employees?expiringWithinDays=…&documentType=…`. */
export const employeesHref = (filter: EmployeesFilter): string => {
  const params = new URLSearchParams();
  if (filter.expiringWithinDays !== undefined) params.set('expiringWithinDays', String(filter.expiringWithinDays));
  if (filter.documentType) params.set('documentType', filter.documentType);
  const search = params.toString();
  return search ? `/establishment/employees?${search}` : '/establishment/employees';
};

/** The API's query for one page of the list: the filter, and the cursor of any page after the first. */
export const employeesApiQuery = (
  filter: EmployeesFilter,
  cursor?: string,
): { expiringWithinDays?: string; documentType?: DocumentType; cursor?: string } => ({
  ...(filter.expiringWithinDays !== undefined ? { expiringWithinDays: String(filter.expiringWithinDays) } : {}),
  ...(filter.documentType ? { documentType: filter.documentType } : {}),
  ...(cursor ? { cursor } : {}),
});

/** One employee's page. */
export const employeeHref = (iqamaNumber: string): string =>
  `/establishment/employees/${encodeURIComponent(iqamaNumber)}`;

/**
 * Answers that mean "no employee of yours has this number": someone else's employee, a former one,
 * an unknown or malformed number are all told the same.
 */
export const isNotYourEmployee = (failure: CallFailure | undefined): boolean =>
  failure !== undefined && (failure.status === 404 || failure.status === 400);
