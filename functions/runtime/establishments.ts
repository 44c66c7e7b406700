import { DynamoDbBulkRequests } from '../adapters/establishments/dynamodb-bulk-requests.js';
import { DynamoDbEmployeeDirectory } from '../adapters/establishments/dynamodb-employee-directory.js';
import { DynamoDbEmployeeDocumentCounts } from '../adapters/establishments/dynamodb-employee-document-counts.js';
import { DynamoDbEstablishmentContacts } from '../adapters/establishments/dynamodb-establishment-contacts.js';
import { S3BulkFiles } from '../adapters/establishments/s3-bulk-files.js';
import { documentClient } from './dynamodb-client.js';
import { once } from './once.js';
import { s3Client } from './s3-client.js';
import { settings } from './settings.js';

/** Establishments' employees' documents, by the residents table's employer index. */
export const employeeDirectory = /* @__PURE__ */ once(
  () => new DynamoDbEmployeeDirectory(documentClient(), settings.residentsTable()),
);

/** Establishments' contacts, kept from their staff's sign-ins, in the residents table's contact shards. */
export const establishmentContacts = /* @__PURE__ */ once(
  () => new DynamoDbEstablishmentContacts(documentClient(), settings.residentsTable()),
);

/** How many of an establishment's employees' documents are due, counted on the employer index. */
export const employeeDocumentCounts = /* @__PURE__ */ once(
  () => new DynamoDbEmployeeDocumentCounts(documentClient(), settings.residentsTable()),
);

/** Establishments' bulk requests and their reports, in the residents table's bulk partitions. */
export const bulkRequests = /* @__PURE__ */ once(
  () => new DynamoDbBulkRequests(documentClient(), settings.residentsTable()),
);

/** The bulk files establishments upload into the attachments bucket. */
export const bulkFiles = /* @__PURE__ */ once(() => new S3BulkFiles(s3Client(), settings.attachmentsBucket()));
