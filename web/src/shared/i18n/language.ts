import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The console's languages: Arabic first and by default, English switchable. */
export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ar';

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** Which way each language is written, for the page's `dir`. */
export const DIRECTION: Record<Language, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

/**
 * The `Intl` locale each language formats with: `ar-SA` writes Arabic-Indic digits and Saudi
 * conventions (plain `ar` would write Latin digits), `en-GB` writes day before month.
 */
export const INTL_LOCALE: Record<Language, string> = { ar: 'ar-SA', en: 'en-GB' };

/** A page's or a feature's words, one object per language of the same shape. */
export type Texts<T> = Record<Language, T>;

export interface LanguageChoice {
  language: Language;
  choose: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageChoice>({ language: DEFAULT_LANGUAGE, choose: () => undefined });

export const useLanguage = (): LanguageChoice => useContext(LanguageContext);

/** The words of `texts` in the chosen language. */
export const useTexts = <T>(texts: Texts<T>): T => texts[useLanguage().language];
