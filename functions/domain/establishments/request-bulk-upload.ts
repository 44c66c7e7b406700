import { randomUUID } from 'node:crypto';
import { sanitizeFileName } from '../attachments/attachment.js';
import type { UploadForm, UploadForms } from '../attachments/ports.js';
import type { Clock } from '../shared/clock.js';
import { type IdempotencyClaims, idempotent } from '../shared/idempotency.js';
import { BULK_LIMITS, type BulkFileType, type BulkKind, type BulkRequest, bulkFileKey } from './bulk-request.js';
import type { EstablishmentStaff } from './establishment-staff.js';
import type { BulkRequests } from './ports.js';

export interface BulkUploadDeps {
  bulkRequests: BulkRequests;
  forms: UploadForms;
  claims: IdempotencyClaims;
  clock: Clock;
  newId?: () => string;
}

export interface BulkUploadRequest {
  kind: BulkKind;
  fileName: string;
  contentType: BulkFileType;
  size: number;
}

export interface RequestedBulkUpload {
  bulkRequest: BulkRequest;
  /** Absent on a replay once the request is no longer waiting for its file. */
  upload?: UploadForm;
  replayed: boolean;
}

/**
 * Opens a bulk request and issues the form its file is posted to storage with: the file never
 * passes through the API. A replay answers with the same request and a form signed afresh,
 * expiring when the first did.
 */
export const requestBulkUpload = async (
  deps: BulkUploadDeps,
  staff: EstablishmentStaff,
  request: BulkUploadRequest,
  idempotencyKey?: string,
): Promise<RequestedBulkUpload> => {
  const now = deps.clock();
  const keyed = {
    key: idempotencyKey,
    owner: staff.id,
    operation: 'RequestBulkUpload' as const,
    request: [staff.establishmentId, request],
    now,
  };
  const { result: bulkRequest, replayed } = await idempotent(deps.claims, keyed, {
    apply: async (claim) => {
      const bulkRequest: BulkRequest = {
        bulkRequestId: (deps.newId ?? randomUUID)(),
        establishmentId: staff.establishmentId,
        kind: request.kind,
        fileName: sanitizeFileName(request.fileName),
        contentType: request.contentType,
        size: request.size,
        status: 'PENDING',
        requestedBy: { staffId: staff.id, ...(staff.phone && { phone: staff.phone }), locale: staff.locale },
        createdAt: now.toISOString(),
        uploadExpiresAt: new Date(now.getTime() + BULK_LIMITS.uploadSeconds * 1000).toISOString(),
        chunksDone: 0,
        processed: 0,
        succeeded: 0,
        failed: 0,
        repeated: 0,
      };
      await deps.bulkRequests.create(bulkRequest, claim?.(bulkRequest.bulkRequestId));
      return bulkRequest;
    },
    replay: async (bulkRequestId) => {
      const bulkRequest = await deps.bulkRequests.find(staff.establishmentId, bulkRequestId);
      // Requests outlive their claims (30 days against 24 hours): an absent one is a broken store, not a 404.
      if (!bulkRequest) throw new Error('Idempotency claim points at a missing bulk request');
      return bulkRequest;
    },
  });
  const secondsLeft = Math.floor((Date.parse(bulkRequest.uploadExpiresAt) - now.getTime()) / 1000);
  if (bulkRequest.status !== 'PENDING' || secondsLeft <= 0) return { bulkRequest, replayed };
  const upload = await deps.forms.uploadForm(
    bulkFileKey(staff.establishmentId, bulkRequest.bulkRequestId),
    bulkRequest.contentType,
    bulkRequest.size,
    secondsLeft,
  );
  return { bulkRequest, upload, replayed };
};
