import { DynamoDbAttachmentRepository } from '../adapters/attachments/dynamodb-attachment-repository.js';
import { documentClient } from './dynamodb-client.js';
import { once } from './once.js';
import { settings } from './settings.js';

/** Attachment records live in the inquiries table, beside their inquiry. */
export const attachmentRepository = /* @__PURE__ */ once(
  () => new DynamoDbAttachmentRepository(documentClient(), settings.inquiriesTable()),
);
