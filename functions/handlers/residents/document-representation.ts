import { maskNumber, type ResidentDocument } from '../../domain/residents/resident-document.js';
import { daysBetween, riyadhToday, toHijri } from '../../domain/shared/calendar-date.js';

/** Within this many days of expiry a document shows as EXPIRING, the longest reminder lead. */
const EXPIRING_WITHIN_DAYS = 30;

/** A document as its holder sees it: number masked, dates in both calendars, and how long it has left. */
export const documentView = (document: ResidentDocument, now: Date) => {
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
