import type { DocumentDeps } from './document-deps.js';
import { type Preferences, preferencesOf } from './preferences.js';
import type { Resident } from './resident.js';
import { contactFromSignIn } from './resident-profile.js';

export const getPreferences = async (deps: DocumentDeps, resident: Resident): Promise<Preferences> => {
  const profile = await deps.register.profile(resident.iqamaNumber);
  if (profile) return preferencesOf(profile);
  const { locale, smsReminders } = contactFromSignIn(resident);
  return { locale, smsReminders };
};
