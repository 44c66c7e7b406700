import { DynamoDbAttachmentRepository } from './dynamodb-attachment-repository.js';
import { ENVIRONMENT } from './environment.js';
import { documentClient, production } from './production.js';

/** The wiring of functions that read attachment records but never touch the files. */
export const productionAttachmentRecords = {
  ...production,
  attachments: new DynamoDbAttachmentRepository(documentClient, process.env[ENVIRONMENT.inquiriesTable] ?? ''),
};
