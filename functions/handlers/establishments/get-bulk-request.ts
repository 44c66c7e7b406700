import { bulkReport } from '../../domain/establishments/bulk-report.js';
import type { BulkRequests } from '../../domain/establishments/ports.js';
import type { Clock } from '../../domain/shared/clock.js';
import { BulkRequestNotFound } from '../../domain/shared/errors.js';
import { localeOf } from '../../http/api-event.js';
import type { StaffSignInDeps } from '../../http/api-handler.js';
import { establishmentStaffOf } from '../../http/identity.js';
import { success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { clock } from '../../runtime/clock.js';
import { bulkRequests, establishmentContacts } from '../../runtime/establishments.js';
import { bulkReportView } from './bulk-request-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const BULK_REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A bulk request's progress and report; an id the system never issued is as unknown as another establishment's. */
export const createHandler = (deps: { bulkRequests: BulkRequests; clock: Clock } & StaffSignInDeps) =>
  apiFunction(
    async (event) => {
      const staff = establishmentStaffOf(event);
      const bulkRequestId = event.pathParameters?.bulkRequestId ?? '';
      if (!BULK_REQUEST_ID.test(bulkRequestId)) throw new BulkRequestNotFound('Not a bulk request id');
      const report = await bulkReport(deps, staff, bulkRequestId);
      return success(ROUTE_CONTRACTS.GetBulkRequest, bulkReportView(report, localeOf(event)));
    },
    { staffSignIns: deps.staffSignIns },
  );

export const handler = createHandler({
  bulkRequests: bulkRequests(),
  clock,
  staffSignIns: establishmentContacts(),
});
