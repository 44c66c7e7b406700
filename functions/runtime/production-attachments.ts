import { DynamoDbAttachmentRepository } from '../adapters/attachments/dynamodb-attachment-repository.js';
import { ENVIRONMENT } from '../contract/environment.js';
import { documentClient, production } from './production.js';

/** The wiring of functions that read attachment records but never touch the files. */
export const productionAttachmentRecords = {
  ...production,
  attachments: new DynamoDbAttachmentRepository(documentClient, process.env[ENVIRONMENT.inquiriesTable] ?? ''),
};
