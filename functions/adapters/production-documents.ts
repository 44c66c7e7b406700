import { DynamoDbDocumentRegister } from './dynamodb-document-register.js';
import { ENVIRONMENT } from './environment.js';
import { systemClock } from './clock.js';
import { documentClient } from './production.js';

/** The residents' documents and profiles, as the function's environment names their table. */
export const productionDocuments = {
  register: new DynamoDbDocumentRegister(documentClient, process.env[ENVIRONMENT.residentsTable] ?? ''),
  clock: systemClock,
};
