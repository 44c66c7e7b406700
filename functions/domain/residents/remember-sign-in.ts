import { required } from '../shared/required.js';
import type { DocumentDeps } from './document-deps.js';
import type { Resident } from './resident.js';
import type { ResidentProfile } from './resident-profile.js';

/**
 * Keeps the phone and locale the resident signed in with, so that reminders reach them where they
 * are now; written only when they changed. The resident routes' middleware calls it on every call.
 */
export const rememberSignIn = async (deps: DocumentDeps, resident: Resident): Promise<ResidentProfile> => {
  const stored = await deps.register.profile(resident.iqamaNumber);
  if (stored?.contactSource === 'TOKEN' && stored.phone === resident.phone && stored.signedInLocale === resident.locale)
    return stored;
  const updated = await deps.register.updateProfile(resident.iqamaNumber, {
    phone: resident.phone,
    signedInLocale: resident.locale,
    contactSource: 'TOKEN',
  });
  // The register answers no profile only when a change made unlessSignedIn gave way to a sign-in.
  return required(updated, 'The profile after a sign-in changed it');
};
