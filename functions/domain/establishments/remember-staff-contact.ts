import type { Clock } from '../shared/clock.js';
import type { EstablishmentStaff } from './establishment-staff.js';
import type { EstablishmentContacts } from './ports.js';

/**
 * Keeps the phone and locale a staff member signed in with as their establishment's contact, so
 * that its digest reaches whoever signed in last; written only when they changed. The
 * establishment routes' middleware calls it on every call.
 */
export const rememberStaffContact = async (
  deps: { contacts: EstablishmentContacts; clock: Clock },
  staff: EstablishmentStaff,
): Promise<void> => {
  if (!staff.phone) return;
  const stored = await deps.contacts.contactOf(staff.establishmentId);
  if (stored?.phone === staff.phone && stored.locale === staff.locale) return;
  await deps.contacts.remember(
    { establishmentId: staff.establishmentId, phone: staff.phone, locale: staff.locale },
    deps.clock(),
  );
};
