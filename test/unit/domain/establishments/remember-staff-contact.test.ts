import { describe, expect, it } from 'vitest';
import type { EstablishmentStaff } from '../../../../functions/domain/establishments/establishment-staff.js';
import { rememberStaffContact } from '../../../../functions/domain/establishments/remember-staff-contact.js';
import { InMemoryEstablishmentContacts } from '../../../support/in-memory-establishments.js';

const now = new Date('2026-11-25T06:00:00Z');
const staff: EstablishmentStaff = {
  id: 'staff-1',
  establishmentId: '7001234567',
  phone: '+966500000005',
  locale: 'en',
};

describe("remembering a staff member's sign-in as the establishment's contact", () => {
  it('when the same staff member calls again with the same phone and locale, the contact is written only the first time', async () => {
    // Prepare
    const contacts = new InMemoryEstablishmentContacts();
    const deps = { contacts, clock: () => now };
    // Act
    await rememberStaffContact(deps, staff);
    await rememberStaffContact(deps, staff);
    // Assess
    expect(contacts.writes).toBe(1);
    expect(await contacts.contactOf(staff.establishmentId)).toEqual({
      establishmentId: '7001234567',
      phone: '+966500000005',
      locale: 'en',
    });
  });

  it('when another staff member signs in, or the locale changed, the contact becomes theirs', async () => {
    // Prepare
    const contacts = new InMemoryEstablishmentContacts();
    const deps = { contacts, clock: () => now };
    await rememberStaffContact(deps, staff);
    // Act
    await rememberStaffContact(deps, { ...staff, id: 'staff-2', phone: '+966500000006' });
    await rememberStaffContact(deps, { ...staff, id: 'staff-2', phone: '+966500000006', locale: 'ar' });
    // Assess
    expect(contacts.writes).toBe(3);
    expect(await contacts.contactOf(staff.establishmentId)).toMatchObject({ phone: '+966500000006', locale: 'ar' });
  });

  it('when the token carries no phone, nothing is written', async () => {
    // Prepare
    const contacts = new InMemoryEstablishmentContacts();
    const { phone: _phone, ...phoneless } = staff;
    // Act
    await rememberStaffContact({ contacts, clock: () => now }, phoneless);
    // Assess
    expect(contacts.writes).toBe(0);
  });
});
