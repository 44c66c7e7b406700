import type { Locale } from '../shared/locale.js';
import { type ResidentProfile, reminderContactOf } from './resident-profile.js';

/** The resident's two settings: the language reminders are written in, and whether they are sent. */
export interface Preferences {
  locale: Locale;
  smsReminders: boolean;
}

export const preferencesOf = (profile: ResidentProfile): Preferences => {
  const contact = reminderContactOf(profile);
  return { locale: contact.locale, smsReminders: contact.smsReminders };
};
