import { INTL_LOCALE, type Language, useLanguage } from '../shared/i18n/language.js';
import type { Period } from './stats-query.js';

const noonOf = (key: string) => {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
};

const cache = new Map<Language, (key: string, period: Period) => string>();

/**
 * A point in time short enough for a chart's axis: "١٥ يناير", "15 Jan"; a month as "يناير ٢٠٢٧",
 * "Jan 2027". Keys are the API's Riyadh days (`YYYY-MM-DD`) or months (`YYYY-MM`), read as such.
 */
export const periodLabelFor = (language: Language): ((key: string, period: Period) => string) => {
  const known = cache.get(language);
  if (known) return known;
  const day = new Intl.DateTimeFormat(INTL_LOCALE[language], { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(INTL_LOCALE[language], { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const label = (key: string, period: Period) =>
    period === 'month' ? month.format(noonOf(`${key}-01`)) : day.format(noonOf(key));
  cache.set(language, label);
  return label;
};

export const usePeriodLabel = () => periodLabelFor(useLanguage().language);
