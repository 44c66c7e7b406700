/**
 * Days to an expiry the way the language says them ("in 3 days", "5 days ago", "tomorrow"), with its
 * plural forms and digits: Intl's relative time, which Arabic needs for its dual and plurals.
 */
export const daysLeftFormat = (locale: string): ((days: number) => string) => {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return (days) => relative.format(days, 'day');
};
