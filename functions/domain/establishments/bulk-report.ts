import type { Clock } from '../shared/clock.js';
import { BulkRequestNotFound } from '../shared/errors.js';
import { BULK_LIMITS, type BulkReport } from './bulk-request.js';
import type { EstablishmentStaff } from './establishment-staff.js';
import type { BulkRequests } from './ports.js';

const KEPT_MS = BULK_LIMITS.keptDays * 24 * 60 * 60 * 1000;
/** S3 takes a post until the form expires, and its event may come a little later. */
const LATE_EVENT_MS = 60 * 60 * 1000;

/**
 * A bulk request of the staff member's establishment, with what its lines came to so far.
 * @throws BulkRequestNotFound for another establishment's, an unknown or an expired one alike
 * (TTL deletes a day or two late; past its time it is gone for the caller at once)
 */
export const bulkReport = async (
  deps: { bulkRequests: BulkRequests; clock: Clock },
  staff: EstablishmentStaff,
  bulkRequestId: string,
): Promise<BulkReport> => {
  const report = await deps.bulkRequests.report(staff.establishmentId, bulkRequestId);
  if (!report || Date.parse(report.request.createdAt) + KEPT_MS <= deps.clock().getTime())
    throw new BulkRequestNotFound('No bulk request of this establishment with this id');
  const { request } = report;
  // A file never posted (the tab closed) would read PENDING for 30 days: it is told as it is.
  if (request.status === 'PENDING' && Date.parse(request.uploadExpiresAt) + LATE_EVENT_MS <= deps.clock().getTime())
    return { ...report, request: { ...request, status: 'REJECTED', rejection: { code: 'not_uploaded' } } };
  return report;
};
