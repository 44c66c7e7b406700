import { INTL_LOCALE, type Language, useLanguage } from './language.js';

/** Every time the console shows is Riyadh's, whatever the browser's zone. */
export const SERVICE_TIME_ZONE = 'Asia/Riyadh';

const HIJRI = 'islamic-umalqura';

/** A calendar day, `YYYY-MM-DD`, as the instant of its noon in UTC: no time zone can move it to another day. */
const dayOf = (date: string): Date => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
};

export interface Formats {
  /** A calendar day in the Gregorian calendar: "١٥ يناير ٢٠٢٧", "15 January 2027". */
  day: (date: string) => string;
  /** The same day in the Umm al-Qura calendar: "٧ شعبان ١٤٤٨ هـ", "7 Shaʻban 1448 AH". */
  hijriDay: (date: string) => string;
  /** An instant as a date and time in Riyadh. */
  dateTime: (instant: string) => string;
  /** An instant's day in Riyadh, in the Umm al-Qura calendar. */
  hijriDateTime: (instant: string) => string;
  number: (value: number) => string;
  percent: (ratio: number) => string;
}

const cache = new Map<Language, Formats>();

/** The formatters of a language, made once (Intl's formatters are costly to build, cheap to use). */
export const formatsFor = (language: Language): Formats => {
  const known = cache.get(language);
  if (known) return known;
  const locale = INTL_LOCALE[language];
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const hijriDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC', calendar: HIJRI });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: SERVICE_TIME_ZONE,
  });
  const hijriDate = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: SERVICE_TIME_ZONE,
    calendar: HIJRI,
  });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const formats: Formats = {
    day: (date) => day.format(dayOf(date)),
    hijriDay: (date) => hijriDay.format(dayOf(date)),
    dateTime: (instant) => dateTime.format(new Date(instant)),
    hijriDateTime: (instant) => hijriDate.format(new Date(instant)),
    number: (value) => number.format(value),
    percent: (ratio) => percent.format(ratio),
  };
  cache.set(language, formats);
  return formats;
};

/** The chosen language's formatters. */
export const useFormats = (): Formats => formatsFor(useLanguage().language);
