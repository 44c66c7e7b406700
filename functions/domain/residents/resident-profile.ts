import type { Locale } from '../shared/locale.js';
import type { Resident } from './resident.js';
import type { ReminderContact } from './resident-document.js';

/** What a resident has chosen, and where they were last reached. */
export interface ResidentProfile {
  iqamaNumber: string;
  /** The phone and locale of the resident's last sign-in, or the register's when they never signed in. */
  phone?: string;
  signedInLocale?: Locale;
  /** Set by the resident (PUT /v1/me/preferences); wins over the sign-in's locale. */
  preferredLocale?: Locale;
  smsReminders: boolean;
  contactSource?: 'TOKEN' | 'REGISTER';
  /** The establishment the register's current line names as the resident's employer (sponsor), if any. */
  establishmentId?: string;
}

/** The fields a change sets; an employer given as `null` is removed: the sponsorship ended. */
export type ProfileChanges = Partial<Omit<ResidentProfile, 'iqamaNumber' | 'establishmentId'>> & {
  establishmentId?: string | null;
};

/** Where reminders for this profile's documents go, in which language, and whether at all. */
export const reminderContactOf = (profile: ResidentProfile | undefined): ReminderContact => ({
  phone: profile?.phone,
  locale: profile?.preferredLocale ?? profile?.signedInLocale ?? 'ar',
  smsReminders: profile?.smsReminders ?? true,
});

/** Where reminders go for a resident whose profile is not stored yet: their sign-in, reminders on. */
export const contactFromSignIn = (resident: Resident): ReminderContact => ({
  phone: resident.phone,
  locale: resident.locale,
  smsReminders: true,
});
