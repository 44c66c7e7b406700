import { DynamoDbDocumentRegister } from './dynamodb-document-register.js';
import { DynamoDbIdempotencyClaims } from './dynamodb-idempotency-claims.js';
import { ENVIRONMENT } from './environment.js';
import { systemClock } from './clock.js';
import { documentClient } from './production.js';

const residentsTable = process.env[ENVIRONMENT.residentsTable] ?? '';

/** The residents' documents and profiles, as the function's environment names their table, with the claims of their updates. */
export const productionDocuments = {
  register: new DynamoDbDocumentRegister(documentClient, residentsTable),
  claims: new DynamoDbIdempotencyClaims(documentClient, residentsTable),
  clock: systemClock,
};
