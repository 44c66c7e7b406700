import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { generateReference } from '../domain/inquiries/reference.js';
import { WorkingCalendar } from '../domain/shared/working-calendar.js';
import { DynamoDbInquiryRepository } from '../adapters/inquiries/dynamodb-inquiry-repository.js';
import { DynamoDbDocumentRegister } from '../adapters/residents/dynamodb-document-register.js';
import { DynamoDbIdempotencyClaims } from '../adapters/shared/dynamodb-idempotency-claims.js';
import { systemClock } from '../adapters/shared/system-clock.js';
import { ENVIRONMENT } from '../contract/environment.js';

/**
 * The production wiring, built once per cold start and shared by every invocation. Settings come
 * from the environment the CDK function construct sets; the local runtime sets the same names.
 */
export const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});

const residentsTable = process.env[ENVIRONMENT.residentsTable];
const inquiriesTable = process.env[ENVIRONMENT.inquiriesTable] ?? '';

export const production = {
  inquiries: new DynamoDbInquiryRepository(documentClient, inquiriesTable),
  /** The idempotency claims of the changes to inquiries (and their attachments), kept beside them. */
  claims: new DynamoDbIdempotencyClaims(documentClient, inquiriesTable),
  calendar: WorkingCalendar.fromList(process.env[ENVIRONMENT.holidays]),
  clock: systemClock,
  newReference: () => generateReference(),
  /** Where the resident routes keep each caller's sign-in; only functions granted the residents table have one. */
  signIns: residentsTable ? new DynamoDbDocumentRegister(documentClient, residentsTable) : undefined,
};
