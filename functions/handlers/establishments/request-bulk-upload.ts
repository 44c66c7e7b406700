import { type BulkUploadDeps, requestBulkUpload } from '../../domain/establishments/request-bulk-upload.js';
import { callersPath } from '../../http/api-event.js';
import type { StaffSignInDeps } from '../../http/api-handler.js';
import { idempotencyKeyOf, replayHeaders } from '../../http/idempotency-key.js';
import { establishmentStaffOf } from '../../http/identity.js';
import { bodyLimit, contractBody, success } from '../../http/route-contract.js';
import { apiFunction } from '../../runtime/api-function.js';
import { uploadForms } from '../../runtime/attachment-uploads.js';
import { clock } from '../../runtime/clock.js';
import { bulkRequests, establishmentContacts } from '../../runtime/establishments.js';
import { residentClaims } from '../../runtime/residents.js';
import { bulkRequestPath, newBulkRequestView } from './bulk-request-representation.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

const contract = ROUTE_CONTRACTS.RequestBulkUpload;

/** A bulk request opened, with the form its file goes straight to storage with. */
export const createHandler = (deps: BulkUploadDeps & StaffSignInDeps) =>
  apiFunction(
    async (event) => {
      const staff = establishmentStaffOf(event);
      const idempotencyKey = idempotencyKeyOf(event);
      const { bulkRequest, upload, replayed } = await requestBulkUpload(
        deps,
        staff,
        contractBody(contract, event),
        idempotencyKey,
      );
      return success(contract, newBulkRequestView(bulkRequest, upload), {
        location: callersPath(event, bulkRequestPath(bulkRequest.bulkRequestId)),
        ...replayHeaders(replayed),
      });
    },
    { body: bodyLimit(contract), staffSignIns: deps.staffSignIns },
  );

export const handler = createHandler({
  bulkRequests: bulkRequests(),
  forms: uploadForms(),
  claims: residentClaims(),
  clock,
  staffSignIns: establishmentContacts(),
});
