import { Logger } from '@aws-lambda-powertools/logger';
import type { ObjectCreatedEvent } from '../../adapters/shared/s3-object-created.js';
import { verifyUpload } from '../../domain/attachments/verify-upload.js';
import { sniffContentType } from '../../adapters/attachments/file-type-sniffer.js';
import { productionAttachmentRecords } from '../../runtime/production-attachments.js';
import { attachmentsBucket, s3Client } from '../../runtime/s3-client.js';
import { S3StoredFiles } from '../../adapters/attachments/s3-stored-files.js';

const logger = new Logger({ serviceName: 'tawasul' });

/**
 * Verifies every object created in the attachments bucket. Errors propagate so that EventBridge
 * retries the event (then parks it in the dead-letter queue); every step is safe to repeat.
 */
export const createHandler = (deps: Parameters<typeof verifyUpload>[0]) =>
  async (event: ObjectCreatedEvent) => {
    // Unlike S3's own notifications, EventBridge events carry the key as stored, not URL-encoded.
    const { key } = event.detail.object;
    const outcome = await verifyUpload(deps, key, { version: event.detail.object['version-id'], etag: event.detail.object.etag });
    logger.info('Upload judged', { outcome, eventId: event.id });
    return { outcome };
  };

export const handler = createHandler({
  ...productionAttachmentRecords,
  files: new S3StoredFiles(s3Client, attachmentsBucket),
  sniff: sniffContentType,
});
