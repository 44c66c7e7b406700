import { describe, expect, it } from 'vitest';
import { getPreferences } from '../../../../functions/domain/residents/get-preferences.js';
import { rememberSignIn } from '../../../../functions/domain/residents/remember-sign-in.js';
import { updatePreferences } from '../../../../functions/domain/residents/update-preferences.js';
import { resident, useDocumentFixture } from '../../../support/document-fixture.js';

/** 09:00 in Riyadh on 2026-11-25. */
const now = new Date('2026-11-25T06:00:00Z');

describe('reading the preferences', () => {
  const t = useDocumentFixture(now);

  it('when a resident never set preferences, reminders are on in the language they signed in with', async () => {
    expect(await getPreferences(t.deps, { ...resident, locale: 'bn' })).toEqual({ locale: 'bn', smsReminders: true });
  });

  it('when the resident set a locale, it wins over the one of a later sign-in', async () => {
    // Prepare
    await updatePreferences(t.deps, resident, { locale: 'ur', smsReminders: false });
    // Act: the middleware keeps the later sign-in, then the route reads the preferences
    await rememberSignIn(t.deps, { ...resident, locale: 'ar' });
    const preferences = await getPreferences(t.deps, { ...resident, locale: 'ar' });
    // Assess
    expect(preferences).toEqual({ locale: 'ur', smsReminders: false });
    expect(t.register.profiles.get(resident.iqamaNumber)).toMatchObject({
      preferredLocale: 'ur',
      signedInLocale: 'ar',
      smsReminders: false,
    });
  });
});
