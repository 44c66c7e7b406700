/**
 * Gregorian calendar dates (YYYY-MM-DD) and the date it is in Riyadh.
 *
 * Riyadh has kept UTC+3 all year since 1950 and observes no daylight saving, so a fixed offset is
 * exact; it also keeps this module free of time-zone database lookups on the hot path.
 */
export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
export const RIYADH_OFFSET_MS = 3 * 60 * 60 * 1000;

/** A calendar date as YYYY-MM-DD, in the Gregorian calendar: the only form dates are stored in. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real date: 2027-02-29 or 2026-13-01 are refused, not rolled over. */
export const isCalendarDate = (value: string): value is CalendarDate => {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};

const toUtcMidnight = (date: CalendarDate) => Date.parse(`${date}T00:00:00Z`);

/** The date `days` later (or earlier, when negative), across month and year ends and leap days. */
export const addDays = (date: CalendarDate, days: number): CalendarDate =>
  new Date(toUtcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);

/** The same day `months` later; a day the target month lacks becomes its last (Aug 31 + 6 months = Feb 28/29). */
export const addMonths = (date: CalendarDate, months: number): CalendarDate => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
};

/** The date it is in Riyadh at an instant. */
export const riyadhToday = (at: Date): CalendarDate =>
  new Date(at.getTime() + RIYADH_OFFSET_MS).toISOString().slice(0, 10);

/**
 * Made on first use, not at import: the first Intl formatter of a process costs about 10 ms (ICU
 * starting up), which every function importing this module paid at its cold start (`npm run bench`),
 * though only those that show Hijri dates need it.
 */
let hijri: Intl.DateTimeFormat | undefined;
const hijriFormat = () =>
  (hijri ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  }));

/** The Umm al-Qura (Hijri) date of a Gregorian date, as YYYY-MM-DD with Latin digits, e.g. 1448-06-15. */
export const toHijri = (date: CalendarDate): string => {
  const parts = Object.fromEntries(
    hijriFormat()
      .formatToParts(new Date(toUtcMidnight(date)))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
};
