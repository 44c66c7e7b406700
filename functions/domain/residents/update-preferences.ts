import { idempotent } from '../shared/idempotency.js';
import { required } from '../shared/required.js';
import type { DocumentChangeDeps } from './document-deps.js';
import { getPreferences } from './get-preferences.js';
import { type Preferences, preferencesOf } from './preferences.js';
import type { Resident } from './resident.js';

/** The only result a preferences claim can point to: the resident's profile. */
const PROFILE_RESULT = 'PROFILE';

/**
 * Both settings at once. A replay answers with the preferences as they are now, and first copies
 * them onto the documents again: a first request that stopped between its change and those copies
 * left reminders going out as before, and its retry is what finishes them.
 */
export const updatePreferences = async (
  deps: DocumentChangeDeps,
  resident: Resident,
  preferences: Preferences,
  idempotencyKey?: string,
): Promise<{ preferences: Preferences; replayed: boolean }> => {
  const keyed = {
    key: idempotencyKey,
    owner: resident.id,
    operation: 'UpdatePreferences' as const,
    request: preferences,
    now: deps.clock(),
  };
  const { result, replayed } = await idempotent(deps.claims, keyed, {
    apply: async (claim) => {
      const changes = { preferredLocale: preferences.locale, smsReminders: preferences.smsReminders };
      const updated = await deps.register.updateProfile(resident.iqamaNumber, changes, {
        claim: claim?.(PROFILE_RESULT),
      });
      // The register answers no profile only when a change made unlessSignedIn gave way to a sign-in.
      return preferencesOf(required(updated, 'The profile after a change of preferences'));
    },
    replay: async () => {
      await deps.register.syncDocumentContacts(resident.iqamaNumber);
      return getPreferences(deps, resident);
    },
  });
  return { preferences: result, replayed };
};
