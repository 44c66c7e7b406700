import * as v from 'valibot';
import {
  DEPENDENT_RELATIONS,
  DOCUMENT_TYPES,
  maskNumber,
  type ResidentDocument,
} from '../domain/residents/resident-document.js';
import { daysBetween, riyadhToday, toHijri } from '../domain/shared/calendar-date.js';

/** Within this many days of expiry a document shows as EXPIRING, the longest reminder lead. */
const EXPIRING_WITHIN_DAYS = 30;

const gregorianDate = () => v.pipe(v.string(), v.isoDate());
const hijriDate = () =>
  v.pipe(
    v.string(),
    v.description('The same day in the Umm al-Qura calendar, YYYY-MM-DD.'),
    v.regex(/^\d{4}-\d{2}-\d{2}$/),
  );

export const DocumentSchema = v.pipe(
  v.object({
    documentId: v.string(),
    type: v.picklist(DOCUMENT_TYPES),
    number: v.pipe(v.string(), v.description('Masked: all but the last three symbols are shown as •.')),
    holder: v.variant('kind', [
      v.object({ kind: v.literal('RESIDENT') }),
      v.object({
        kind: v.literal('DEPENDENT'),
        dependentId: v.string(),
        name: v.string(),
        relation: v.picklist(DEPENDENT_RELATIONS),
      }),
    ]),
    expiresOn: gregorianDate(),
    expiresOnHijri: hijriDate(),
    issuedOn: v.optional(gregorianDate()),
    issuedOnHijri: v.optional(hijriDate()),
    daysLeft: v.pipe(
      v.number(),
      v.integer(),
      v.description('Days from today in Riyadh to the expiry; negative once expired.'),
    ),
    status: v.picklist(['VALID', 'EXPIRING', 'EXPIRED']),
  }),
  v.title('Document'),
);

/** A document as its holder sees it: number masked, dates in both calendars, and how long it has left. */
export const documentView = (document: ResidentDocument, now: Date): v.InferOutput<typeof DocumentSchema> => {
  const daysLeft = daysBetween(riyadhToday(now), document.expiresOn);
  return {
    documentId: document.documentId,
    type: document.type,
    number: maskNumber(document.number),
    holder: document.holder,
    expiresOn: document.expiresOn,
    expiresOnHijri: toHijri(document.expiresOn),
    ...(document.issuedOn && { issuedOn: document.issuedOn, issuedOnHijri: toHijri(document.issuedOn) }),
    daysLeft,
    status: daysLeft < 0 ? 'EXPIRED' : daysLeft <= EXPIRING_WITHIN_DAYS ? 'EXPIRING' : 'VALID',
  };
};
