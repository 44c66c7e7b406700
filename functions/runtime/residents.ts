import { DynamoDbDocumentRegister } from '../adapters/residents/dynamodb-document-register.js';
import { DynamoDbIdempotencyClaims } from '../adapters/shared/dynamodb-idempotency-claims.js';
import { documentClient } from './dynamodb-client.js';
import { once } from './once.js';
import { settings } from './settings.js';

/** Residents' documents and profiles; the resident routes also keep each caller's sign-in there. */
export const documentRegister = /* @__PURE__ */ once(
  () => new DynamoDbDocumentRegister(documentClient(), settings.residentsTable()),
);

/** The idempotency claims of the residents' own changes, kept beside their documents. */
export const residentClaims = /* @__PURE__ */ once(
  () => new DynamoDbIdempotencyClaims(documentClient(), settings.residentsTable()),
);
