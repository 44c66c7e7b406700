import { DynamoDbInquiryRepository } from '../adapters/inquiries/dynamodb-inquiry-repository.js';
import { DynamoDbIdempotencyClaims } from '../adapters/shared/dynamodb-idempotency-claims.js';
import { generateReference } from '../domain/inquiries/reference.js';
import { WorkingCalendar } from '../domain/shared/working-calendar.js';
import { documentClient } from './dynamodb-client.js';
import { once } from './once.js';
import { settings } from './settings.js';

export const inquiryRepository = /* @__PURE__ */ once(
  () => new DynamoDbInquiryRepository(documentClient(), settings.inquiriesTable()),
);

/** The idempotency claims of the changes to inquiries (and their attachments), kept beside them. */
export const inquiryClaims = /* @__PURE__ */ once(
  () => new DynamoDbIdempotencyClaims(documentClient(), settings.inquiriesTable()),
);

/** The days that count towards an inquiry's response deadline. */
export const workingCalendar = /* @__PURE__ */ once(() => WorkingCalendar.fromList(settings.holidays()));

export const newReference = () => generateReference();
