import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDbAttachmentRepository } from './dynamodb-attachment-repository.js';
import { ENVIRONMENT } from './environment.js';
import { sniffContentType } from './file-type-sniffer.js';
import { documentClient, production } from './production.js';
import { S3AttachmentStore } from './s3-attachment-store.js';

/** The attachment functions' wiring: the inquiry wiring plus S3. Kept apart so others do not bundle S3. */
const s3 = new S3Client({ forcePathStyle: process.env[ENVIRONMENT.s3PathStyle] === 'true' });

export const productionAttachments = {
  ...production,
  attachments: new DynamoDbAttachmentRepository(documentClient, process.env[ENVIRONMENT.inquiriesTable] ?? ''),
  store: new S3AttachmentStore(s3, process.env[ENVIRONMENT.attachmentsBucket] ?? ''),
  sniff: sniffContentType,
};
