import { describe, expect, it } from 'vitest';
import { rememberSignIn } from '../../../../functions/domain/residents/remember-sign-in.js';
import { resident, useDocumentFixture } from '../../../support/document-fixture.js';

/** 09:00 in Riyadh on 2026-11-25. */
const now = new Date('2026-11-25T06:00:00Z');

describe('remembering the sign-in', () => {
  const t = useDocumentFixture(now);

  it('when the resident signs in again with the same phone and locale, the profile is written only the first time', async () => {
    // Act
    const first = await rememberSignIn(t.deps, resident);
    await rememberSignIn(t.deps, resident);
    await rememberSignIn(t.deps, resident);
    // Assess
    expect(t.register.savedProfiles).toHaveLength(1);
    expect(first).toEqual({
      iqamaNumber: resident.iqamaNumber,
      phone: resident.phone,
      signedInLocale: 'en',
      smsReminders: true,
      contactSource: 'TOKEN',
    });
  });

  it('when the phone or the locale changed since the last sign-in, the profile is written again with the new one', async () => {
    // Prepare
    await rememberSignIn(t.deps, resident);
    // Act
    await rememberSignIn(t.deps, { ...resident, phone: '+966500000009' });
    await rememberSignIn(t.deps, { ...resident, phone: '+966500000009', locale: 'ur' });
    // Assess
    expect(t.register.savedProfiles).toHaveLength(3);
    expect(t.register.profiles.get(resident.iqamaNumber)).toMatchObject({
      phone: '+966500000009',
      signedInLocale: 'ur',
    });
  });

  it('when the register supplied the contact, the first sign-in replaces it even with the same phone, and keeps the opt-out', async () => {
    // Prepare
    t.register.profiles.set(resident.iqamaNumber, {
      iqamaNumber: resident.iqamaNumber,
      phone: resident.phone,
      signedInLocale: 'en',
      smsReminders: false,
      contactSource: 'REGISTER',
    });
    // Act
    const profile = await rememberSignIn(t.deps, resident);
    await rememberSignIn(t.deps, resident);
    // Assess
    expect(t.register.savedProfiles).toHaveLength(1);
    expect(profile).toMatchObject({ contactSource: 'TOKEN', smsReminders: false });
  });
});
