import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SMS_LOCALES, smsLanguages } from '../../../../web/src/residents/sms-languages.js';

const contract = JSON.parse(
  readFileSync(new URL('../../../../functions/contract/openapi.json', import.meta.url), 'utf8'),
);

describe('the languages a resident may get text messages in', () => {
  it('when the contract lists the SMS languages, the console offers exactly those, in its order', () => {
    expect([...SMS_LOCALES]).toEqual(contract.components.schemas.Preferences.properties.locale.enum);
  });

  it('when the console is in Arabic, each language is named in itself and in Arabic', () => {
    // Act
    const names = smsLanguages('ar-SA');
    // Assess
    expect(names.find((name) => name.locale === 'ur')).toEqual({
      locale: 'ur',
      ownName: 'اردو',
      localName: 'الأوردية',
    });
    expect(names.find((name) => name.locale === 'en')).toEqual({
      locale: 'en',
      ownName: 'English',
      localName: 'الإنجليزية',
    });
    expect(names.find((name) => name.locale === 'ar')).toEqual({
      locale: 'ar',
      ownName: 'العربية',
      localName: 'العربية',
    });
  });

  it('when the console is in English, Hindi and Bengali are named in their own scripts and in English', () => {
    const names = smsLanguages('en-GB');
    expect(names.find((name) => name.locale === 'hi')).toEqual({ locale: 'hi', ownName: 'हिन्दी', localName: 'Hindi' });
    expect(names.find((name) => name.locale === 'bn')?.ownName).toBe('বাংলা');
    expect(names.map((name) => name.locale)).toEqual([...SMS_LOCALES]);
  });
});
