import { describe, expect, it } from 'vitest';
import { toHijri } from '../../../../../functions/domain/shared/calendar-date.js';
import { formatsFor } from '../../../../../web/src/shared/i18n/formats.js';

/** The Umm al-Qura months as ICU names them in English. */
const HIJRI_MONTHS = [
  'Muharram',
  'Safar',
  'Rabiʻ I',
  'Rabiʻ II',
  'Jumada I',
  'Jumada II',
  'Rajab',
  'Shaʻban',
  'Ramadan',
  'Shawwal',
  'Dhuʻl-Qiʻdah',
  'Dhuʻl-Hijjah',
];

// The browser's Intl and Node's come from the same ICU data (Chromium 156 and Node 24 were checked
// to write these very strings), so what Node writes here is what the console shows.
describe("the console's formats", () => {
  it('when a day is written in Arabic, it has Arabic-Indic digits and the Arabic month, in both calendars', () => {
    // Act
    const formats = formatsFor('ar');

    // Assess
    expect(formats.day('2027-01-15')).toBe('١٥ يناير ٢٠٢٧');
    expect(formats.hijriDay('2027-01-15')).toBe('٧ شعبان ١٤٤٨ هـ');
  });

  it('when a day is written in English, it is day, month and year, in both calendars', () => {
    // Act
    const formats = formatsFor('en');

    // Assess
    expect(formats.day('2027-01-15')).toBe('15 January 2027');
    expect(formats.hijriDay('2027-01-15')).toBe('7 Shaʻban 1448 AH');
  });

  it("when the console writes a day's Hijri date, it is the day the API gives as expiresOnHijri", () => {
    // Prepare: days around month ends and the turn of a Hijri year.
    const days = ['2026-06-15', '2026-06-16', '2026-06-17', '2027-01-15', '2028-02-29', '2030-12-31'];

    // Act & Assess
    for (const day of days) {
      const [year, month, date] = toHijri(day).split('-').map(Number);
      expect(formatsFor('en').hijriDay(day), day).toBe(`${date} ${HIJRI_MONTHS[(month ?? 0) - 1]} ${year} AH`);
    }
  });

  it('when an instant is written, it is the time in Riyadh whatever the zone of the machine', () => {
    // Prepare: 21:30 UTC is 00:30 the next day in Riyadh.
    const instant = '2027-01-15T21:30:00.000Z';

    // Act
    const written = formatsFor('en').dateTime(instant);

    // Assess
    expect(written).toContain('16 Jan 2027');
    expect(written).toContain('00:30');
  });

  it('when numbers are written, Arabic uses its own digits and separators, English Latin ones', () => {
    // Act & Assess
    expect(formatsFor('ar').number(1234.5)).toBe('١٬٢٣٤٫٥');
    expect(formatsFor('en').number(1234.5)).toBe('1,234.5');
    expect(formatsFor('en').percent(0.125)).toBe('12.5%');
  });
});
