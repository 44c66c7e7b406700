import * as v from 'valibot';
import { LOCALES } from '../../domain/shared/locale.js';
import { DocumentSchema } from '../../http/document-representation.js';
import type { RouteContracts } from '../../http/route-contract.js';
import { calendarDate, identifier } from '../../http/validation.js';

const preferences = {
  locale: v.pipe(v.picklist(LOCALES), v.description('The language SMS reminders are written in.')),
  smsReminders: v.pipe(v.boolean(), v.description('Whether expiry reminders are sent at all.')),
};

/** Both settings at once, nothing else: what a change sends. */
const PreferencesBody = v.strictObject(preferences);

/** What the resident's preferences are; a later version may tell more. */
const PreferencesSchema = v.pipe(v.object(preferences), v.title('Preferences'));

export const ROUTE_CONTRACTS = {
  ListDocuments: {
    summary: "List the resident's documents",
    description:
      "The resident's iqama, passport and visas and those of the dependents they hold, the soonest to expire first, with dates in both calendars.",
    roles: ['resident'],
    success: {
      status: 200,
      description: 'The documents.',
      schema: v.pipe(v.object({ items: v.array(DocumentSchema) }), v.title('DocumentList')),
    },
    problems: [],
  },
  UpdatePassport: {
    summary: 'Record a renewed passport',
    description:
      "The passport update service: the resident's own passport or a dependent's (`dependentId`), checked against the rules (number format, dates, not expired, newer than the one held) before it replaces the old one; its reminders follow.",
    roles: ['resident'],
    body: {
      schema: v.strictObject({
        // The rules (documents/passport-rules) judge the format; the schema only bounds the size.
        passportNumber: v.pipe(v.string(), v.minLength(1), v.maxLength(20)),
        issueDate: calendarDate(),
        expiryDate: calendarDate(),
        dependentId: v.optional(identifier()),
      }),
      maxBytes: 4 * 1024,
    },
    idempotent: true,
    success: { status: 200, description: 'The passport as now held.', schema: DocumentSchema },
    problems: ['dependent-not-found'],
  },
  GetPreferences: {
    summary: "Read the resident's preferences",
    description: 'The language reminders are written in and whether they are sent.',
    roles: ['resident'],
    success: { status: 200, description: 'The preferences.', schema: PreferencesSchema },
    problems: [],
  },
  UpdatePreferences: {
    summary: "Change the resident's preferences",
    description: 'Both settings at once; reminders are on until the resident turns them off.',
    roles: ['resident'],
    body: { schema: PreferencesBody, maxBytes: 1024 },
    idempotent: true,
    success: { status: 200, description: 'The preferences as now kept.', schema: PreferencesSchema },
    problems: [],
  },
} as const satisfies RouteContracts;
