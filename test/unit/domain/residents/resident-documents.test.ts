import { beforeEach, describe, expect, it } from 'vitest';
import { documentIdFor, type Holder, type ResidentDocument } from '../../../../functions/domain/residents/resident-document.js';
import { type DocumentChangeDeps, getPreferences, rememberSignIn, setPreferences, updatePassport } from '../../../../functions/domain/residents/resident-documents.js';
import { DependentNotFound, ValidationFailed } from '../../../../functions/domain/shared/errors.js';
import type { Resident } from '../../../../functions/domain/residents/resident.js';
import { InMemoryDocumentRegister } from '../../../support/in-memory-reminders.js';

const resident: Resident = { id: 'resident-1', iqamaNumber: '2000000006', phone: '+966500000001', locale: 'en' };
const spouse: Holder = { kind: 'DEPENDENT', dependentId: 'dep-1', name: 'Amina', relation: 'SPOUSE' };
/** 09:00 in Riyadh on 2026-11-25. */
const now = new Date('2026-11-25T06:00:00Z');
const renewed = { passportNumber: 'a1234567', issueDate: '2026-11-01', expiryDate: '2036-10-31' };

const aDocumentOf = (holder: Holder, overrides: Partial<ResidentDocument> = {}): ResidentDocument => ({
  iqamaNumber: resident.iqamaNumber,
  documentId: documentIdFor(resident.iqamaNumber, holder, 'IQAMA', '2000000014'),
  type: 'IQAMA',
  number: '2000000014',
  expiresOn: '2027-03-01',
  holder,
  contact: { phone: resident.phone, locale: 'en', smsReminders: true },
  source: 'REGISTER',
  ...overrides,
});

describe('resident documents', () => {
  let register: InMemoryDocumentRegister;
  let deps: DocumentChangeDeps;

  beforeEach(() => {
    register = new InMemoryDocumentRegister();
    deps = { register, claims: register.claims, clock: () => now };
  });

  it('when the resident signs in again with the same phone and locale, the profile is written only the first time', async () => {
    // Act
    const first = await rememberSignIn(deps, resident);
    await rememberSignIn(deps, resident);
    await rememberSignIn(deps, resident);
    // Assess
    expect(register.savedProfiles).toHaveLength(1);
    expect(first).toEqual({ iqamaNumber: resident.iqamaNumber, phone: resident.phone, signedInLocale: 'en', smsReminders: true, contactSource: 'TOKEN' });
  });

  it('when the phone or the locale changed since the last sign-in, the profile is written again with the new one', async () => {
    // Prepare
    await rememberSignIn(deps, resident);
    // Act
    await rememberSignIn(deps, { ...resident, phone: '+966500000009' });
    await rememberSignIn(deps, { ...resident, phone: '+966500000009', locale: 'ur' });
    // Assess
    expect(register.savedProfiles).toHaveLength(3);
    expect(register.profiles.get(resident.iqamaNumber)).toMatchObject({ phone: '+966500000009', signedInLocale: 'ur' });
  });

  it('when the register supplied the contact, the first sign-in replaces it even with the same phone, and keeps the opt-out', async () => {
    // Prepare
    register.profiles.set(resident.iqamaNumber, { iqamaNumber: resident.iqamaNumber, phone: resident.phone, signedInLocale: 'en', smsReminders: false, contactSource: 'REGISTER' });
    // Act
    const profile = await rememberSignIn(deps, resident);
    await rememberSignIn(deps, resident);
    // Assess
    expect(register.savedProfiles).toHaveLength(1);
    expect(profile).toMatchObject({ contactSource: 'TOKEN', smsReminders: false });
  });

  it('when a resident never set preferences, reminders are on in the language they signed in with', async () => {
    expect(await getPreferences(deps, { ...resident, locale: 'bn' })).toEqual({ locale: 'bn', smsReminders: true });
  });

  it('when the resident set a locale, it wins over the one of a later sign-in', async () => {
    // Prepare
    await setPreferences(deps, resident, { locale: 'ur', smsReminders: false });
    // Act: the middleware keeps the later sign-in, then the route reads the preferences
    await rememberSignIn(deps, { ...resident, locale: 'ar' });
    const preferences = await getPreferences(deps, { ...resident, locale: 'ar' });
    // Assess
    expect(preferences).toEqual({ locale: 'ur', smsReminders: false });
    expect(register.profiles.get(resident.iqamaNumber)).toMatchObject({ preferredLocale: 'ur', signedInLocale: 'ar', smsReminders: false });
  });

  it('when the renewed passport has expired, it is refused with the field at fault and nothing is written', async () => {
    // Act
    const error = await updatePassport(deps, resident, { ...renewed, issueDate: '2016-11-01', expiryDate: '2026-11-24' }).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).issues).toEqual([{ pointer: '/expiryDate', code: 'passport_expired' }]);
    expect(register.upserted).toEqual([]);
  });

  it('when it is already the next day in Riyadh, the six months are counted from that day', async () => {
    // Prepare
    const update = { ...renewed, expiryDate: '2027-05-24' };
    // Act
    const { document: onTheDay } = await updatePassport({ ...deps, clock: () => new Date('2026-11-24T20:59:59Z') }, resident, update);
    const nextDay = updatePassport({ ...deps, clock: () => new Date('2026-11-24T21:00:00Z') }, resident, update);
    // Assess
    expect(onTheDay.expiresOn).toBe('2027-05-24');
    await expect(nextDay).rejects.toMatchObject({ issues: [{ pointer: '/expiryDate', code: 'passport_validity_too_short', params: { months: 6 } }] });
  });

  it("when the resident renews their own passport, it is stored upper-cased as theirs, with their reminder contact", async () => {
    // Prepare
    await rememberSignIn(deps, resident);
    await setPreferences(deps, resident, { locale: 'tl', smsReminders: true });
    // Act
    const { document } = await updatePassport(deps, resident, renewed);
    // Assess
    expect(document).toEqual({
      iqamaNumber: resident.iqamaNumber,
      documentId: documentIdFor(resident.iqamaNumber, { kind: 'RESIDENT' }, 'PASSPORT', 'any number'),
      type: 'PASSPORT',
      number: 'A1234567',
      issuedOn: '2026-11-01',
      expiresOn: '2036-10-31',
      holder: { kind: 'RESIDENT' },
      contact: { phone: resident.phone, locale: 'tl', smsReminders: true },
      source: 'RESIDENT',
    });
    expect(register.upserted).toEqual([document]);
  });

  it('when the passport is a known dependent\'s, the dependent stays its holder and the record is the one the register keeps for them', async () => {
    // Prepare
    const oldPassport = aDocumentOf(spouse, { type: 'PASSPORT', number: 'P0000001', documentId: documentIdFor(resident.iqamaNumber, spouse, 'PASSPORT', 'P0000001') });
    register.holding(aDocumentOf(spouse), oldPassport);
    // Act
    const { document } = await updatePassport(deps, resident, { ...renewed, dependentId: 'dep-1' });
    // Assess
    expect(document.holder).toEqual(spouse);
    expect(document.documentId).toBe(documentIdFor(resident.iqamaNumber, spouse, 'PASSPORT', 'anything'));
    expect(document.documentId).toBe(oldPassport.documentId);
    expect(document.number).toBe('A1234567');
    expect(await register.documentsOf(resident.iqamaNumber)).toHaveLength(2);
  });

  it('when the dependent is unknown, or is another resident\'s, it is refused as not found and nothing is written', async () => {
    // Prepare
    register.holding(aDocumentOf(spouse), aDocumentOf({ kind: 'RESIDENT' }));
    // Act & Assess
    await expect(updatePassport(deps, resident, { ...renewed, dependentId: 'dep-2' })).rejects.toBeInstanceOf(DependentNotFound);
    await expect(updatePassport(deps, { ...resident, iqamaNumber: '2000000014' }, { ...renewed, dependentId: 'dep-1' })).rejects.toBeInstanceOf(DependentNotFound);
    expect(register.upserted).toEqual([]);
  });

  it('when a resident has no profile yet (their first call, its sign-in still being kept), preferences and a passport use the sign-in', async () => {
    // Act
    const preferences = await getPreferences(deps, { ...resident, locale: 'bn' });
    const { document } = await updatePassport(deps, { ...resident, locale: 'bn' }, renewed);
    // Assess
    expect(preferences).toEqual({ locale: 'bn', smsReminders: true });
    expect(document.contact).toEqual({ phone: resident.phone, locale: 'bn', smsReminders: true });
    expect(register.savedProfiles).toEqual([]);
  });
});
