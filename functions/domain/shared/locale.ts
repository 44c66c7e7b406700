/** Languages residents are served in. Arabic comes first and is the fallback. */
export const LOCALES = ['ar', 'en', 'ur', 'hi', 'bn', 'tl'] as const;
export type Locale = (typeof LOCALES)[number];

/** Languages that API texts (errors, names) are written in today. */
export const TEXT_LOCALES = ['ar', 'en'] as const;
export type TextLocale = (typeof TEXT_LOCALES)[number];
export type LocalizedText = Record<TextLocale, string>;

export const DEFAULT_LOCALE: TextLocale = 'ar';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** How much of an Accept-Language header is read; the rest is ignored. */
export const ACCEPT_LANGUAGE_READ_LENGTH = 512;

/**
 * Picks the best text language from an Accept-Language header (RFC 9110 §12.5.4): highest
 * weight first, header order breaks ties, `*` and unknown tags are skipped.
 */
export const negotiateTextLocale = (acceptLanguage: string | undefined): TextLocale => {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .slice(0, ACCEPT_LANGUAGE_READ_LENGTH)
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      const [language = ''] = tag.trim().toLowerCase().split('-');
      return { language, weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  const match = ranked.find((entry) => (TEXT_LOCALES as readonly string[]).includes(entry.language));
  return (match?.language as TextLocale | undefined) ?? DEFAULT_LOCALE;
};
