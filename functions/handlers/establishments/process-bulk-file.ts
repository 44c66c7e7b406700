import type { ObjectCreatedEvent } from '../../adapters/shared/s3-object-created.js';
import { BULK_FILE_PREFIX } from '../../contract/object-keys.js';
import { type BulkProcessingDeps, processBulkFile } from '../../domain/establishments/process-bulk-file.js';
import { clock } from '../../runtime/clock.js';
import { bulkFiles, bulkRequests } from '../../runtime/establishments.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { inquiryClaims, inquiryRepository, newReference, workingCalendar } from '../../runtime/inquiries.js';
import { logger } from '../../runtime/observability.js';
import { documentRegister, residentClaims } from '../../runtime/residents.js';
import { processingTimesForSubmissions } from '../../runtime/stats.js';
import { readBulkFile } from './bulk-file-reader.js';

/**
 * Applies a bulk file an establishment uploaded. Errors propagate so that EventBridge retries the
 * event (then parks it in the dead-letter queue); a retry goes on from the last recorded chunk.
 */
export const createHandler = (deps: BulkProcessingDeps) => async (event: ObjectCreatedEvent) => {
  const { key } = event.detail.object;
  if (!key.startsWith(BULK_FILE_PREFIX)) return { skipped: true };
  const outcome = await processBulkFile(deps, key, { version: event.detail.object['version-id'] });
  logger.info('Bulk file processed', { outcome, eventId: event.id });
  return { outcome };
};

export const handler = eventHandler(
  createHandler({
    bulkRequests: bulkRequests(),
    files: bulkFiles(),
    readFile: readBulkFile,
    clock,
    inquiries: {
      inquiries: inquiryRepository(),
      claims: inquiryClaims(),
      calendar: workingCalendar(),
      clock,
      newReference,
      register: documentRegister(),
      processingTimes: processingTimesForSubmissions(),
    },
    passports: { register: documentRegister(), claims: residentClaims(), clock },
  }),
);
