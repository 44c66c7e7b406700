import type { ObjectCreatedEvent } from '../../adapters/shared/s3-object-created.js';
import { BULK_FILE_PREFIX } from '../../contract/object-keys.js';
import { verifyUpload } from '../../domain/attachments/verify-upload.js';
import { contentSniffer, storedFiles } from '../../runtime/attachment-verification.js';
import { attachmentRepository } from '../../runtime/attachments.js';
import { clock } from '../../runtime/clock.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { logger } from '../../runtime/observability.js';

/**
 * Verifies every object created in the attachments bucket. Errors propagate so that EventBridge
 * retries the event (then parks it in the dead-letter queue); every step is safe to repeat.
 */
export const createHandler = (deps: Parameters<typeof verifyUpload>[0]) => async (event: ObjectCreatedEvent) => {
  // Unlike S3's own notifications, EventBridge events carry the key as stored, not URL-encoded.
  const { key } = event.detail.object;
  // Bulk files are establishments' data, never served: the bulk processing judges and removes them.
  if (key.startsWith(BULK_FILE_PREFIX)) return { skipped: true };
  const outcome = await verifyUpload(deps, key, {
    version: event.detail.object['version-id'],
    etag: event.detail.object.etag,
  });
  logger.info('Upload judged', { outcome, eventId: event.id });
  return { outcome };
};

export const handler = eventHandler(
  createHandler({ attachments: attachmentRepository(), files: storedFiles(), sniff: contentSniffer, clock }),
);
