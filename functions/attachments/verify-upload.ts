import { Logger } from '@aws-lambda-powertools/logger';
import type { EventBridgeEvent } from 'aws-lambda';
import { verifyUpload } from '../core/attachments.js';
import { sniffContentType } from '../adapters/file-type-sniffer.js';
import { productionAttachmentRecords } from '../adapters/production-attachments.js';
import { attachmentsBucket, s3Client } from '../adapters/s3-client.js';
import { S3StoredFiles } from '../adapters/s3-stored-files.js';

/** The `Object Created` event S3 sends through EventBridge (only the fields used here). */
export interface ObjectCreatedDetail {
  bucket: { name: string };
  object: { key: string; size?: number; etag: string; 'version-id'?: string };
}

export type ObjectCreatedEvent = EventBridgeEvent<'Object Created', ObjectCreatedDetail>;

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
