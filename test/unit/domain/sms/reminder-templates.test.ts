import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, type DocumentType } from '../../../../functions/domain/residents/resident-document.js';
import { toHijri } from '../../../../functions/domain/shared/calendar-date.js';
import { LOCALES, type Locale } from '../../../../functions/domain/shared/locale.js';
import { type ExpiryReminder, renderExpiryReminder } from '../../../../functions/domain/sms/reminder-templates.js';
import { measureSms } from '../../../../functions/domain/sms/sms-parts.js';

/** Days left on the day of sending: every lead, the day itself, and a missed day made up years later. */
const DAYS_LEFT = [-9999, -366, -30, -2, -1, 0, 1, 2, 7, 14, 30, 366];
const aReminder = (overrides: Partial<ExpiryReminder> = {}): ExpiryReminder => ({
  type: 'IQAMA',
  dependent: false,
  daysLeft: 30,
  expiresOn: '2026-12-25',
  // 16 Rajab 1448 in the Umm al-Qura calendar (checked against an independent table).
  expiresOnHijri: '1448-07-16',
  ...overrides,
});

const combinations = LOCALES.flatMap((locale) =>
  DOCUMENT_TYPES.flatMap((type) => [false, true].map((dependent) => [locale, type, dependent] as const)),
);

describe('expiry reminder texts', () => {
  it('when the example date is written in Hijri, it is the one the texts below carry', () => {
    expect(toHijri('2026-12-25')).toBe('1448-07-16');
  });

  it.each(combinations)(
    'when a %s reminder for %s (dependent: %s) is rendered on any day before or after expiry, it fits one SMS part with both dates',
    (locale, type, dependent) => {
      for (const daysLeft of DAYS_LEFT) {
        // Act
        const text = renderExpiryReminder(aReminder({ type, dependent, daysLeft }), locale);
        // Assess
        const size = measureSms(text);
        expect(size.parts, `${text} (${size.encoding}, ${size.units})`).toBe(1);
        expect(text).toContain('2026-12-25');
        expect(text).toContain('1448-07-16');
      }
    },
  );

  it('when the English 30-day reminder for an iqama is rendered, it reads exactly as agreed', () => {
    expect(renderExpiryReminder(aReminder(), 'en')).toBe(
      'Tawasul: your iqama expires in 30 days, on 2026-12-25 (1448-07-16 AH). Renew it in time to avoid fines.',
    );
  });

  it.each([
    [1, 'Tawasul: your iqama expires tomorrow, 2026-12-25 (1448-07-16 AH). Renew it to avoid fines.'],
    [0, 'Tawasul: your iqama expires today, 2026-12-25 (1448-07-16 AH). Renew it now to avoid fines.'],
    [-1, 'Tawasul: your iqama expired yesterday, 2026-12-25 (1448-07-16 AH). Renew it now to avoid fines.'],
    [-6, 'Tawasul: your iqama expired 6 days ago, on 2026-12-25 (1448-07-16 AH). Renew it now to avoid fines.'],
  ])('when the English reminder is sent with %i days left, it says so in words', (daysLeft, expected) => {
    expect(renderExpiryReminder(aReminder({ daysLeft }), 'en')).toBe(expected);
  });

  it.each([
    [7, '7 أيام'],
    [3, '3 أيام'],
    [10, '10 أيام'],
    [14, '14 يومًا'],
    [30, '30 يومًا'],
    [2, 'يومين'],
  ])('when an Arabic reminder is %i days ahead, it counts them as "%s"', (daysLeft, days) => {
    const text = renderExpiryReminder(aReminder({ daysLeft }), 'ar');
    expect(text).toContain(`بعد ${days} في`);
    expect(text).toContain('1448-07-16هـ');
  });

  it('when an Arabic reminder is for tomorrow, today or yesterday, it says غدًا, اليوم or أمس and counts no days', () => {
    // Act
    const tomorrow = renderExpiryReminder(aReminder({ daysLeft: 1 }), 'ar');
    const today = renderExpiryReminder(aReminder({ daysLeft: 0 }), 'ar');
    const yesterday = renderExpiryReminder(aReminder({ daysLeft: -1 }), 'ar');
    // Assess
    expect(tomorrow).toContain('غدًا');
    expect(today).toContain('اليوم');
    expect(today).toMatch(/^تنتهي /);
    for (const text of [tomorrow, today, yesterday]) expect(text).not.toMatch(/أيام|يومين|يومًا/);
    expect(yesterday).toContain('أمس');
    expect(yesterday).toMatch(/^انتهت /);
  });

  it('when an Arabic reminder is sent days after the expiry, it says how long ago it expired', () => {
    // Act
    const text = renderExpiryReminder(aReminder({ daysLeft: -6 }), 'ar');
    // Assess
    expect(text).toBe('انتهت إقامتك منذ 6 أيام في 2026-12-25 (1448-07-16هـ)');
  });

  it.each(LOCALES)('when a %s reminder is rendered on different days, no two days read alike', (locale) => {
    // Act
    const texts = DAYS_LEFT.map((daysLeft) => renderExpiryReminder(aReminder({ daysLeft }), locale));
    // Assess
    expect(new Set(texts).size).toBe(DAYS_LEFT.length);
  });

  it.each(LOCALES.flatMap((locale) => DOCUMENT_TYPES.map((type) => [locale, type] as const)))(
    "when a %s reminder for %s is about a dependent, it reads differently from the resident's own",
    (locale: Locale, type: DocumentType) => {
      for (const daysLeft of DAYS_LEFT) {
        const own = renderExpiryReminder(aReminder({ type, daysLeft }), locale);
        const dependent = renderExpiryReminder(aReminder({ type, daysLeft, dependent: true }), locale);
        expect(dependent).not.toBe(own);
      }
    },
  );

  it('when the locale is one the texts do not know, the Arabic text is sent', () => {
    expect(renderExpiryReminder(aReminder(), 'xx' as Locale)).toBe(renderExpiryReminder(aReminder(), 'ar'));
  });

  it('when each document type is reminded in the same locale, each gets its own name', () => {
    for (const locale of LOCALES) {
      const texts = DOCUMENT_TYPES.map((type) => renderExpiryReminder(aReminder({ type }), locale));
      expect(new Set(texts).size, locale).toBe(DOCUMENT_TYPES.length);
    }
  });
});
