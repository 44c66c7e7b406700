import { describe, expect, it } from 'vitest';
import type { EstablishmentStaff } from '../../../../functions/domain/establishments/establishment-staff.js';
import { getEmployee } from '../../../../functions/domain/establishments/get-employee.js';
import { listEmployeeDocuments } from '../../../../functions/domain/establishments/list-employee-documents.js';
import type { EmployeeDirectory, EmployeeDocument } from '../../../../functions/domain/establishments/ports.js';
import { updateEmployeePassport } from '../../../../functions/domain/establishments/update-employee-passport.js';
import { updatePassport } from '../../../../functions/domain/residents/update-passport.js';
import { EmployeeNotFound, ValidationFailed } from '../../../../functions/domain/shared/errors.js';
import { resident, useDocumentFixture } from '../../../support/document-fixture.js';
import { aDocument } from '../../../support/documents.js';

/** 09:00 in Riyadh on 2026-11-25. */
const now = new Date('2026-11-25T06:00:00Z');

const staff: EstablishmentStaff = { id: 'staff-1', establishmentId: '7001234567', locale: 'en' };
const EMPLOYEE = resident.iqamaNumber;
const FORMER = '2000000014';
const renewed = { passportNumber: 'n7654321', issueDate: '2026-11-01', expiryDate: '2036-10-31' };

/** A directory answering one page, and recording what it was asked. */
const directoryAnswering = (items: EmployeeDocument[]) => {
  const asked: Parameters<EmployeeDirectory['documentsByExpiry']>[] = [];
  const directory: EmployeeDirectory = {
    documentsByExpiry: async (...args) => {
      asked.push(args);
      return { items, nextCursor: 'next' };
    },
  };
  return { directory, asked };
};

const row = (iqamaNumber: string, expiresOn: string): EmployeeDocument => ({
  iqamaNumber,
  documentId: `${iqamaNumber}-iqama`,
  type: 'IQAMA',
  number: iqamaNumber,
  expiresOn,
});

describe("an establishment's employees", () => {
  const t = useDocumentFixture(now);
  const employ = (iqamaNumber: string, establishmentId: string) =>
    t.register.updateProfile(iqamaNumber, { establishmentId });

  it('when the index still lists someone the register has transferred, the row is left out of the page', async () => {
    // Prepare
    await employ(EMPLOYEE, staff.establishmentId);
    await employ(FORMER, '7009876543');
    const { directory } = directoryAnswering([row(FORMER, '2026-11-30'), row(EMPLOYEE, '2026-12-01')]);
    // Act
    const page = await listEmployeeDocuments({ ...t.deps, employees: directory }, staff, { limit: 20 });
    // Assess
    expect(page.items.map((item) => item.iqamaNumber)).toEqual([EMPLOYEE]);
    expect(page.nextCursor).toBe('next');
  });

  it('when a window in days is asked for, the directory is asked for documents expiring by that day in Riyadh', async () => {
    // Prepare
    const { directory, asked } = directoryAnswering([]);
    // Act
    await listEmployeeDocuments({ ...t.deps, employees: directory }, staff, {
      expiringWithinDays: 30,
      documentType: 'PASSPORT',
      limit: 5,
      cursor: 'c',
    });
    // Assess
    expect(asked).toEqual([
      [staff.establishmentId, { expiresBy: '2026-12-25', documentType: 'PASSPORT', limit: 5, cursor: 'c' }],
    ]);
  });

  it('when one employee is read, only their own documents are given — never a dependent’s', async () => {
    // Prepare
    await employ(EMPLOYEE, staff.establishmentId);
    t.register.holding(
      aDocument(),
      aDocument({
        type: 'PASSPORT',
        number: 'B7654321',
        holder: { kind: 'DEPENDENT', dependentId: 'dep-1', name: 'Sara', relation: 'DAUGHTER' },
      }),
    );
    // Act
    const employee = await getEmployee(t.deps, staff, EMPLOYEE);
    // Assess
    expect(employee.documents.map((document) => [document.type, document.holder.kind])).toEqual([
      ['IQAMA', 'RESIDENT'],
    ]);
  });

  it.each([
    ['another establishment’s employee', FORMER],
    ['a resident employed by no one', '2000000022'],
    ['a number nobody holds', '2000000030'],
    ['a number that is no iqama number', '__proto__'],
  ])('when %s is asked for, it is not found, and nothing of theirs is read', async (_case, iqamaNumber) => {
    // Prepare
    await employ(FORMER, '7009876543');
    await t.register.updateProfile('2000000022', { phone: '+966500000002' });
    t.register.holding(aDocument({ iqamaNumber }));
    // Act
    const read = getEmployee(t.deps, staff, iqamaNumber);
    const update = updateEmployeePassport(t.deps, staff, iqamaNumber, renewed);
    // Assess
    await expect(read).rejects.toBeInstanceOf(EmployeeNotFound);
    await expect(update).rejects.toBeInstanceOf(EmployeeNotFound);
    expect(t.register.upserted).toEqual([]);
  });

  it('when an establishment records a passport, the resident’s own rules refuse a bad one with the same codes', async () => {
    // Prepare
    await employ(EMPLOYEE, staff.establishmentId);
    const tooShort = { ...renewed, expiryDate: '2027-01-31' };
    // Act
    const byEstablishment = await updateEmployeePassport(t.deps, staff, EMPLOYEE, tooShort).catch((e: unknown) => e);
    const byResident = await updatePassport(t.deps, resident, tooShort).catch((e: unknown) => e);
    // Assess
    expect(byEstablishment).toBeInstanceOf(ValidationFailed);
    expect((byEstablishment as ValidationFailed).issues).toEqual((byResident as ValidationFailed).issues);
    expect((byEstablishment as ValidationFailed).issues.map((issue) => issue.code)).toEqual([
      'passport_validity_too_short',
    ]);
  });

  it('when an establishment records a good passport, it is kept as the establishment’s, with the employee’s reminder contact', async () => {
    // Prepare
    await t.register.updateProfile(EMPLOYEE, { establishmentId: staff.establishmentId, phone: '+966500000009' });
    // Act
    const { document } = await updateEmployeePassport(t.deps, staff, EMPLOYEE, renewed, 'key-1');
    // Assess
    expect(document).toMatchObject({
      iqamaNumber: EMPLOYEE,
      type: 'PASSPORT',
      number: 'N7654321',
      source: 'ESTABLISHMENT',
      holder: { kind: 'RESIDENT' },
      contact: { phone: '+966500000009' },
    });
  });

  it('when one key is used for two employees with the same body, the second is refused as a reused key, not answered with the first', async () => {
    // Prepare
    await employ(EMPLOYEE, staff.establishmentId);
    await employ(FORMER, staff.establishmentId);
    await updateEmployeePassport(t.deps, staff, EMPLOYEE, renewed, 'key-1');
    // Act
    const second = updateEmployeePassport(t.deps, staff, FORMER, renewed, 'key-1');
    const replay = await updateEmployeePassport(t.deps, staff, EMPLOYEE, renewed, 'key-1');
    // Assess
    await expect(second).rejects.toMatchObject({ code: 'idempotency-key-reused' });
    expect(replay).toMatchObject({ replayed: true, document: { iqamaNumber: EMPLOYEE } });
  });
});
