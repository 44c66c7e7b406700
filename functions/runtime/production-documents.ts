import { DynamoDbDocumentRegister } from '../adapters/residents/dynamodb-document-register.js';
import { DynamoDbIdempotencyClaims } from '../adapters/shared/dynamodb-idempotency-claims.js';
import { ENVIRONMENT } from '../contract/environment.js';
import { systemClock } from '../adapters/shared/system-clock.js';
import { documentClient } from './production.js';

const residentsTable = process.env[ENVIRONMENT.residentsTable] ?? '';

/** The residents' documents and profiles, as the function's environment names their table, with the claims of their updates. */
export const productionDocuments = {
  register: new DynamoDbDocumentRegister(documentClient, residentsTable),
  claims: new DynamoDbIdempotencyClaims(documentClient, residentsTable),
  clock: systemClock,
};
