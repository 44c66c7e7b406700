import { describe, expect, it } from 'vitest';
import { DIGEST_WINDOW_DAYS } from '../../../../functions/domain/reminders/digest-batch.js';
import { LOCALES } from '../../../../functions/domain/shared/locale.js';
import { renderEstablishmentDigest } from '../../../../functions/domain/sms/digest-templates.js';
import { measureSms } from '../../../../functions/domain/sms/sms-parts.js';

describe("establishments' digest texts", () => {
  it.each(LOCALES)(
    'when a %s digest is rendered with counts of six digits, it fits one SMS part and says both counts',
    (locale) => {
      // Act
      const text = renderEstablishmentDigest(
        { expiring: 999_999, expired: 888_888, withinDays: DIGEST_WINDOW_DAYS },
        locale,
      );
      // Assess
      const size = measureSms(text);
      expect(size.parts, `${text} (${size.encoding}, ${size.units})`).toBe(1);
      expect(text).toContain('999999');
      expect(text).toContain('888888');
      expect(text).toContain(String(DIGEST_WINDOW_DAYS));
    },
  );

  it('when the digest is rendered in Arabic, it names the window and both counts', () => {
    expect(renderEstablishmentDigest({ expiring: 12, expired: 3, withinDays: 30 }, 'ar')).toBe(
      'وثائق موظفيك: تنتهي خلال 30 يومًا 12، ومنتهية 3، جددها الآن',
    );
  });
});
