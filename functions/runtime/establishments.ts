import { DynamoDbEmployeeDirectory } from '../adapters/establishments/dynamodb-employee-directory.js';
import { documentClient } from './dynamodb-client.js';
import { once } from './once.js';
import { settings } from './settings.js';

/** Establishments' employees' documents, by the residents table's employer index. */
export const employeeDirectory = /* @__PURE__ */ once(
  () => new DynamoDbEmployeeDirectory(documentClient(), settings.residentsTable()),
);
