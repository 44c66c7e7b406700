import { describe, expect, it } from 'vitest';
import { generateReference } from '../../../../functions/domain/inquiries/reference.js';
import { LOCALES } from '../../../../functions/domain/shared/locale.js';
import { renderSms, SMS_MESSAGES } from '../../../../functions/domain/sms/inquiry-templates.js';
import { measureSms } from '../../../../functions/domain/sms/sms-parts.js';

describe('SMS part counting (GSM-7 / UCS-2)', () => {
  it.each([
    ['a'.repeat(160), 'GSM-7', 160, 1],
    ['a'.repeat(161), 'GSM-7', 161, 2],
    ['a'.repeat(306), 'GSM-7', 306, 2],
    ['a'.repeat(307), 'GSM-7', 307, 3],
    ['€'.repeat(80), 'GSM-7', 160, 1],
    ['€'.repeat(81), 'GSM-7', 162, 2],
    ['[x]'.repeat(40), 'GSM-7', 200, 2],
    ['ع'.repeat(70), 'UCS-2', 70, 1],
    ['ع'.repeat(71), 'UCS-2', 71, 2],
    ['ع'.repeat(134), 'UCS-2', 134, 2],
    ['ع'.repeat(135), 'UCS-2', 135, 3],
    [`${'a'.repeat(69)}’`, 'UCS-2', 70, 1],
    ['😀'.repeat(35), 'UCS-2', 70, 1],
    ['😀'.repeat(36), 'UCS-2', 72, 2],
  ])('when the text is %j, it is %s, %i units, %i part(s)', (text, encoding, units, parts) => {
    expect(measureSms(text)).toEqual({ encoding, units, parts });
  });
});

describe('SMS templates', () => {
  const references = [generateReference(), 'TW-WWWW-WWWW-WWWW', 'TW-0000-0000-0000'] as const;

  it.each(SMS_MESSAGES.flatMap((message) => LOCALES.map((locale) => [message, locale] as const)))(
    'when %s is rendered in %s with any reference, it fits one SMS part and carries the reference',
    (message, locale) => {
      for (const reference of references) {
        const text = renderSms(message, locale, reference as never);
        const size = measureSms(text);
        expect(size.parts, `${text} (${size.encoding}, ${size.units})`).toBe(1);
        expect(text).toContain(reference);
        expect(text).not.toContain('{');
        if (['ar', 'ur', 'hi', 'bn'].includes(locale)) expect(size.encoding).toBe('UCS-2');
        else expect(size.encoding).toBe('GSM-7');
      }
    },
  );
});
