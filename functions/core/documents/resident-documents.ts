import { DependentNotFound, ValidationFailed } from '../errors.js';
import type { Locale } from '../locale.js';
import type { Clock } from '../ports.js';
import type { Resident } from '../resident.js';
import { riyadhToday } from '../calendar-date.js';
import { type PassportUpdate, normalizePassportNumber, passportRefusals } from './passport-rules.js';
import { type DocumentRegister, type ResidentProfile, reminderContactOf } from './ports.js';
import { type Holder, type ResidentDocument, documentIdFor } from './resident-document.js';

export interface DocumentDeps {
  register: DocumentRegister;
  clock: Clock;
}

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

export const setPreferences = async (deps: DocumentDeps, resident: Resident, preferences: Preferences): Promise<Preferences> => {
  const updated = await deps.register.updateProfile(resident.iqamaNumber, { preferredLocale: preferences.locale, smsReminders: preferences.smsReminders });
  return preferencesOf(updated!);
};

/**
 * Records a renewed passport for the resident or one of their dependents. The old passport's record
 * takes the new number and dates, so its reminders follow the new expiry date.
 * @throws ValidationFailed when the passport is refused, DependentNotFound for an unknown dependent
 */
export const updatePassport = async (
  deps: DocumentDeps,
  resident: Resident,
  update: PassportUpdate & { dependentId?: string },
): Promise<ResidentDocument> => {
  const refusals = passportRefusals(update, riyadhToday(deps.clock()));
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
  await deps.register.upsert(document);
  return document;
};

/** The dependent as the register knows them: a resident cannot invent one by naming an identifier. */
const holderOf = async (deps: DocumentDeps, resident: Resident, dependentId: string | undefined): Promise<Holder> => {
  if (dependentId === undefined) return { kind: 'RESIDENT' };
  const documents = await deps.register.documentsOf(resident.iqamaNumber);
  const known = documents.find((document) => document.holder.kind === 'DEPENDENT' && document.holder.dependentId === dependentId);
  if (!known) throw new DependentNotFound('No dependent with this identifier');
  return known.holder;
};
