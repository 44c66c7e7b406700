import type { DocumentType } from '../residents/resident-document.js';
import { addDays, riyadhToday } from '../shared/calendar-date.js';
import type { EmployeeListDeps } from './employee-deps.js';
import type { EstablishmentStaff } from './establishment-staff.js';
import type { EmployeeDocumentPage } from './ports.js';
import { stillEmployed } from './still-employed.js';

export interface EmployeeDocumentQuery {
  /** Only documents expiring within this many days of today in Riyadh (those already expired included). */
  expiringWithinDays?: number;
  documentType?: DocumentType;
  limit: number;
  cursor?: string;
}

/**
 * The establishment's employees' documents, the soonest expiry first. A row whose holder the
 * register no longer names as this establishment's employee (a transfer a moment ago, which the
 * index has not followed yet) is left out: access ends with the transfer, not with the index.
 * @throws ValidationFailed on a cursor not given for this list
 */
export const listEmployeeDocuments = async (
  deps: EmployeeListDeps,
  staff: EstablishmentStaff,
  query: EmployeeDocumentQuery,
): Promise<EmployeeDocumentPage> => {
  const today = riyadhToday(deps.clock());
  const page = await deps.employees.documentsByExpiry(staff.establishmentId, {
    ...(query.expiringWithinDays !== undefined && { expiresBy: addDays(today, query.expiringWithinDays) }),
    ...(query.documentType && { documentType: query.documentType }),
    limit: query.limit,
    ...(query.cursor && { cursor: query.cursor }),
  });
  const employed = await stillEmployed(
    deps,
    staff,
    page.items.map((item) => item.iqamaNumber),
  );
  return {
    items: page.items.filter((item) => employed.has(item.iqamaNumber)),
    ...(page.nextCursor && { nextCursor: page.nextCursor }),
  };
};
