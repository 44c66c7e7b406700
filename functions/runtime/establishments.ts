import { DynamoDbEmployeeDirectory } from '../adapters/establishments/dynamodb-employee-directory.js';
import { DynamoDbEmployeeDocumentCounts } from '../adapters/establishments/dynamodb-employee-document-counts.js';
import { DynamoDbEstablishmentContacts } from '../adapters/establishments/dynamodb-establishment-contacts.js';
import { documentClient } from './dynamodb-client.js';
import { once } from './once.js';
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
