import type { Schema } from '../shared/api/api-client.js';

export type SmsLocale = Schema<'Preferences'>['locale'];

/** The languages the API writes SMS reminders in (the contract's `Preferences.locale`), in its order. */
export const SMS_LOCALES = ['ar', 'en', 'ur', 'hi', 'bn', 'tl'] as const satisfies readonly SmsLocale[];

export interface SmsLanguage {
  locale: SmsLocale;
  /** The language's name in itself, which its readers find whatever language the console is in. */
  ownName: string;
  /** Its name in the console's language; the same as `ownName` for the console's own language. */
  localName: string;
}

/** Each SMS language named in itself and in `displayLocale`, by the browser's own `Intl` (nothing to download). */
export const smsLanguages = (displayLocale: string): SmsLanguage[] => {
  const local = new Intl.DisplayNames([displayLocale], { type: 'language' });
  return SMS_LOCALES.map((locale) => ({
    locale,
    ownName: new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale,
    localName: local.of(locale) ?? locale,
  }));
};
