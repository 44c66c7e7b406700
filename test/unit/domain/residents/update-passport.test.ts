import { describe, expect, it } from 'vitest';
import { getPreferences } from '../../../../functions/domain/residents/get-preferences.js';
import { rememberSignIn } from '../../../../functions/domain/residents/remember-sign-in.js';
import {
  documentIdFor,
  type Holder,
  type ResidentDocument,
} from '../../../../functions/domain/residents/resident-document.js';
import { updatePassport } from '../../../../functions/domain/residents/update-passport.js';
import { updatePreferences } from '../../../../functions/domain/residents/update-preferences.js';
import { DependentNotFound, ValidationFailed } from '../../../../functions/domain/shared/errors.js';
import { resident, useDocumentFixture } from '../../../support/document-fixture.js';

/** 09:00 in Riyadh on 2026-11-25. */
const now = new Date('2026-11-25T06:00:00Z');

const spouse: Holder = { kind: 'DEPENDENT', dependentId: 'dep-1', name: 'Amina', relation: 'SPOUSE' };
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

describe('renewing a passport', () => {
  const t = useDocumentFixture(now);

  it('when the renewed passport has expired, it is refused with the field at fault and nothing is written', async () => {
    // Act
    const error = await updatePassport(t.deps, resident, {
      ...renewed,
      issueDate: '2016-11-01',
      expiryDate: '2026-11-24',
    }).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).issues).toEqual([{ pointer: '/expiryDate', code: 'passport_expired' }]);
    expect(t.register.upserted).toEqual([]);
  });

  it('when it is already the next day in Riyadh, the six months are counted from that day', async () => {
    // Prepare
    const update = { ...renewed, expiryDate: '2027-05-24' };
    // Act
    const { document: onTheDay } = await updatePassport(
      { ...t.deps, clock: () => new Date('2026-11-24T20:59:59Z') },
      resident,
      update,
    );
    const nextDay = updatePassport({ ...t.deps, clock: () => new Date('2026-11-24T21:00:00Z') }, resident, update);
    // Assess
    expect(onTheDay.expiresOn).toBe('2027-05-24');
    await expect(nextDay).rejects.toMatchObject({
      issues: [{ pointer: '/expiryDate', code: 'passport_validity_too_short', params: { months: 6 } }],
    });
  });

  it('when the resident renews their own passport, it is stored upper-cased as theirs, with their reminder contact', async () => {
    // Prepare
    await rememberSignIn(t.deps, resident);
    await updatePreferences(t.deps, resident, { locale: 'tl', smsReminders: true });
    // Act
    const { document } = await updatePassport(t.deps, resident, renewed);
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
    expect(t.register.upserted).toEqual([document]);
  });

  it("when the passport is a known dependent's, the dependent stays its holder and the record is the one the register keeps for them", async () => {
    // Prepare
    const oldPassport = aDocumentOf(spouse, {
      type: 'PASSPORT',
      number: 'P0000001',
      documentId: documentIdFor(resident.iqamaNumber, spouse, 'PASSPORT', 'P0000001'),
    });
    t.register.holding(aDocumentOf(spouse), oldPassport);
    // Act
    const { document } = await updatePassport(t.deps, resident, { ...renewed, dependentId: 'dep-1' });
    // Assess
    expect(document.holder).toEqual(spouse);
    expect(document.documentId).toBe(documentIdFor(resident.iqamaNumber, spouse, 'PASSPORT', 'anything'));
    expect(document.documentId).toBe(oldPassport.documentId);
    expect(document.number).toBe('A1234567');
    expect(await t.register.documentsOf(resident.iqamaNumber)).toHaveLength(2);
  });

  it("when the dependent is unknown, or is another resident's, it is refused as not found and nothing is written", async () => {
    // Prepare
    t.register.holding(aDocumentOf(spouse), aDocumentOf({ kind: 'RESIDENT' }));
    // Act & Assess
    await expect(updatePassport(t.deps, resident, { ...renewed, dependentId: 'dep-2' })).rejects.toBeInstanceOf(
      DependentNotFound,
    );
    await expect(
      updatePassport(t.deps, { ...resident, iqamaNumber: '2000000014' }, { ...renewed, dependentId: 'dep-1' }),
    ).rejects.toBeInstanceOf(DependentNotFound);
    expect(t.register.upserted).toEqual([]);
  });

  it('when a resident has no profile yet (their first call, its sign-in still being kept), preferences and a passport use the sign-in', async () => {
    // Act
    const preferences = await getPreferences(t.deps, { ...resident, locale: 'bn' });
    const { document } = await updatePassport(t.deps, { ...resident, locale: 'bn' }, renewed);
    // Assess
    expect(preferences).toEqual({ locale: 'bn', smsReminders: true });
    expect(document.contact).toEqual({ phone: resident.phone, locale: 'bn', smsReminders: true });
    expect(t.register.savedProfiles).toEqual([]);
  });
});
