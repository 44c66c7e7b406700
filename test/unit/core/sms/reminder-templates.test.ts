import { describe, expect, it } from 'vitest';
import { toHijri } from '../../../../functions/core/calendar-date.js';
import { DOCUMENT_TYPES, type DocumentType } from '../../../../functions/core/documents/resident-document.js';
import { LOCALES, type Locale } from '../../../../functions/core/locale.js';
import { type ExpiryReminder, renderExpiryReminder } from '../../../../functions/core/sms/reminder-templates.js';
import { measureSms } from '../../../../functions/core/sms/sms-parts.js';

const LEADS = [-1, 1, 2, 7, 14, 30, 366];
const aReminder = (overrides: Partial<ExpiryReminder> = {}): ExpiryReminder => ({
  type: 'IQAMA',
  dependent: false,
  leadDays: 30,
  expiresOn: '2026-12-25',
  // 16 Rajab 1448 in the Umm al-Qura calendar (checked against an independent table).
  expiresOnHijri: '1448-07-16',
  ...overrides,
});

const combinations = LOCALES.flatMap((locale) => DOCUMENT_TYPES.flatMap((type) => [false, true].map((dependent) => [locale, type, dependent] as const)));

describe('expiry reminder texts', () => {
  it('when the example date is written in Hijri, it is the one the texts below carry', () => {
    expect(toHijri('2026-12-25')).toBe('1448-07-16');
  });

  it.each(combinations)('when a %s reminder for %s (dependent: %s) is rendered at any lead, it fits one SMS part with both dates', (locale, type, dependent) => {
    for (const leadDays of LEADS) {
      // Act
      const text = renderExpiryReminder(aReminder({ type, dependent, leadDays }), locale);
      // Assess
      const size = measureSms(text);
      expect(size.parts, `${text} (${size.encoding}, ${size.units})`).toBe(1);
      expect(text).toContain('2026-12-25');
      expect(text).toContain('1448-07-16');
    }
  });

  it('when the English 30-day reminder for an iqama is rendered, it reads exactly as agreed', () => {
    expect(renderExpiryReminder(aReminder(), 'en')).toBe(
      'Tawasul: your iqama expires in 30 days, on 2026-12-25 (1448-07-16 AH). Renew it in time to avoid fines.',
    );
  });

  it('when the English reminder is for tomorrow or for yesterday, it says so instead of counting days', () => {
    expect(renderExpiryReminder(aReminder({ leadDays: 1 }), 'en')).toBe('Tawasul: your iqama expires tomorrow, 2026-12-25 (1448-07-16 AH). Renew it to avoid fines.');
    expect(renderExpiryReminder(aReminder({ leadDays: -1 }), 'en')).toBe('Tawasul: your iqama expired yesterday, 2026-12-25 (1448-07-16 AH). Renew it now to avoid fines.');
  });

  it.each([
    [7, '7 أيام'],
    [3, '3 أيام'],
    [10, '10 أيام'],
    [14, '14 يومًا'],
    [30, '30 يومًا'],
    [2, 'يومين'],
  ])('when an Arabic reminder is %i days ahead, it counts them as "%s"', (leadDays, days) => {
    const text = renderExpiryReminder(aReminder({ leadDays }), 'ar');
    expect(text).toContain(`بعد ${days} في`);
    expect(text).toContain('1448-07-16هـ');
  });

  it('when an Arabic reminder is for tomorrow or for yesterday, it says غدًا or أمس and counts no days', () => {
    // Act
    const tomorrow = renderExpiryReminder(aReminder({ leadDays: 1 }), 'ar');
    const yesterday = renderExpiryReminder(aReminder({ leadDays: -1 }), 'ar');
    // Assess
    expect(tomorrow).toContain('غدًا');
    expect(tomorrow).not.toMatch(/أيام|يوم/);
    expect(yesterday).toContain('أمس');
    expect(yesterday).toMatch(/^انتهت /);
  });

  it.each(LOCALES.flatMap((locale) => DOCUMENT_TYPES.map((type) => [locale, type] as const)))(
    'when a %s reminder for %s is about a dependent, it reads differently from the resident\'s own',
    (locale: Locale, type: DocumentType) => {
      for (const leadDays of LEADS) {
        const own = renderExpiryReminder(aReminder({ type, leadDays }), locale);
        const dependent = renderExpiryReminder(aReminder({ type, leadDays, dependent: true }), locale);
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
