import { DependentNotFound, ValidationFailed } from '../shared/errors.js';
import { type IdempotencyClaims, idempotent } from '../shared/idempotency.js';
import type { Locale } from '../shared/locale.js';
import type { Clock } from '../inquiries/ports.js';
import type { Resident } from './resident.js';
import { riyadhToday } from '../shared/calendar-date.js';
import { type PassportUpdate, normalizePassportNumber, passportRefusals } from './passport-rules.js';
import { type DocumentRegister, type ResidentProfile, reminderContactOf } from './ports.js';
import { type Holder, type ResidentDocument, documentIdFor } from './resident-document.js';

export interface DocumentDeps {
  register: DocumentRegister;
  clock: Clock;
}

/** What the resident's own changes need besides: the claims of their Idempotency-Keys. */
export interface DocumentChangeDeps extends DocumentDeps {
  claims: IdempotencyClaims;
}

/** The only result a preferences claim can point to: the resident's profile. */
const PROFILE_RESULT = 'PROFILE';

export interface Preferences {
  locale: Locale;
  smsReminders: boolean;
}

/**
 * Keeps the phone and locale the resident signed in with, so that reminders reach them where they
 * are now; written only when they changed. The resident routes' middleware calls it on every call.
 */
export const rememberSignIn = async (deps: DocumentDeps, resident: Resident): Promise<ResidentProfile> => {
  const stored = await deps.register.profile(resident.iqamaNumber);
  if (stored?.contactSource === 'TOKEN' && stored.phone === resident.phone && stored.signedInLocale === resident.locale) return stored;
  const updated = await deps.register.updateProfile(resident.iqamaNumber, { phone: resident.phone, signedInLocale: resident.locale, contactSource: 'TOKEN' });
  return updated!;
};

export const preferencesOf = (profile: ResidentProfile): Preferences => {
  const contact = reminderContactOf(profile);
  return { locale: contact.locale, smsReminders: contact.smsReminders };
};

/** Where reminders go for a resident whose profile is not stored yet: their sign-in, reminders on. */
const contactFromSignIn = (resident: Resident) => ({ phone: resident.phone, locale: resident.locale, smsReminders: true });

export const documentsOf = (deps: DocumentDeps, resident: Resident): Promise<ResidentDocument[]> => deps.register.documentsOf(resident.iqamaNumber);

export const getPreferences = async (deps: DocumentDeps, resident: Resident): Promise<Preferences> => {
  const profile = await deps.register.profile(resident.iqamaNumber);
  if (profile) return preferencesOf(profile);
  const { locale, smsReminders } = contactFromSignIn(resident);
  return { locale, smsReminders };
};

/**
 * Both settings at once. A replay answers with the preferences as they are now, and first copies
 * them onto the documents again: a first request that stopped between its change and those copies
 * left reminders going out as before, and its retry is what finishes them.
 */
export const setPreferences = async (
  deps: DocumentChangeDeps,
  resident: Resident,
  preferences: Preferences,
  idempotencyKey?: string,
): Promise<{ preferences: Preferences; replayed: boolean }> => {
  const keyed = { key: idempotencyKey, owner: resident.id, operation: 'UpdatePreferences' as const, request: preferences, now: deps.clock() };
  const { result, replayed } = await idempotent(deps.claims, keyed, {
    apply: async (claim) => {
      const changes = { preferredLocale: preferences.locale, smsReminders: preferences.smsReminders };
      return preferencesOf((await deps.register.updateProfile(resident.iqamaNumber, changes, { claim: claim?.(PROFILE_RESULT) }))!);
    },
    replay: async () => {
      await deps.register.syncDocumentContacts(resident.iqamaNumber);
      return getPreferences(deps, resident);
    },
  });
  return { preferences: result, replayed };
};

/**
 * Records a renewed passport for the resident or one of their dependents. The old passport's record
 * takes the new number and dates, so its reminders follow the new expiry date. A replay answers
 * with that record as it is now.
 * @throws ValidationFailed when the passport is refused, DependentNotFound for an unknown dependent
 */
export const updatePassport = async (
  deps: DocumentChangeDeps,
  resident: Resident,
  update: PassportUpdate & { dependentId?: string },
  idempotencyKey?: string,
): Promise<{ document: ResidentDocument; replayed: boolean }> => {
  const now = deps.clock();
  const keyed = { key: idempotencyKey, owner: resident.id, operation: 'UpdatePassport' as const, request: update, now };
  const { result, replayed } = await idempotent(deps.claims, keyed, {
    apply: async (claim) => {
      const refusals = passportRefusals(update, riyadhToday(now));
      if (refusals.length > 0) throw new ValidationFailed(refusals);
      const profile = await deps.register.profile(resident.iqamaNumber);
      const holder = await holderOf(deps, resident, update.dependentId);
      const document: ResidentDocument = {
        iqamaNumber: resident.iqamaNumber,
        documentId: documentIdFor(resident.iqamaNumber, holder, 'PASSPORT', update.passportNumber),
        type: 'PASSPORT',
        number: normalizePassportNumber(update.passportNumber),
        issuedOn: update.issueDate,
        expiresOn: update.expiryDate,
        holder,
        contact: profile ? reminderContactOf(profile) : contactFromSignIn(resident),
        source: 'RESIDENT',
      };
      await deps.register.upsert(document, claim?.(document.documentId));
      return document;
    },
    replay: async (documentId) => {
      const document = (await deps.register.documentsOf(resident.iqamaNumber)).find((candidate) => candidate.documentId === documentId);
      if (!document) throw new Error('Idempotency claim points at a missing document');
      return document;
    },
  });
  return { document: result, replayed };
};

/** The dependent as the register knows them: a resident cannot invent one by naming an identifier. */
const holderOf = async (deps: DocumentDeps, resident: Resident, dependentId: string | undefined): Promise<Holder> => {
  if (dependentId === undefined) return { kind: 'RESIDENT' };
  const documents = await deps.register.documentsOf(resident.iqamaNumber);
  const known = documents.find((document) => document.holder.kind === 'DEPENDENT' && document.holder.dependentId === dependentId);
  if (!known) throw new DependentNotFound('No dependent with this identifier');
  return known.holder;
};
