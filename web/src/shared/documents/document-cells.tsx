import type { Schema } from '../api/api-client.js';
import { useFormats } from '../i18n/formats.js';
import { INTL_LOCALE, useLanguage, useTexts } from '../i18n/language.js';
import { daysLeftFormat } from './days-left.js';
import { DOCUMENT_TEXTS } from './document-texts.js';
import './documents.css';

type Status = Schema<'Document'>['status'];

/** Each status's mark: in words always, the colour only beside them. */
const TONE: Record<Status, string> = {
  VALID: 'badge-ok',
  EXPIRING: 'badge-warning',
  EXPIRED: 'badge-danger',
};

/** A document's masked number, read left to right whatever the page's direction. */
export const MaskedNumber = ({ number }: { number: string }) => (
  <span dir="ltr" class="masked-number">
    {number}
  </span>
);

/** A calendar day in the Gregorian calendar, the Umm al-Qura one under it. */
export const BothCalendarsDay = ({ date }: { date: string }) => {
  const formats = useFormats();
  return (
    <>
      <time dateTime={date}>{formats.day(date)}</time>
      <span class="hint calendar-other">{formats.hijriDay(date)}</span>
    </>
  );
};

/** The days left before it expires ("in 3 days", "5 days ago") and its status, marked when expiring or expired. */
export const DaysLeftAndStatus = ({ daysLeft, status }: { daysLeft: number; status: Status }) => {
  const texts = useTexts(DOCUMENT_TEXTS);
  const days = daysLeftFormat(INTL_LOCALE[useLanguage().language]);
  return (
    <>
      <span class="days-left">{days(daysLeft)}</span>
      <span class={`badge ${TONE[status]}`}>{texts.documentStatus[status]}</span>
    </>
  );
};
