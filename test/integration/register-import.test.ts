import { describe, expect, it } from 'vitest';
import { DynamoDbDocumentRegister } from '../../functions/adapters/residents/dynamodb-document-register.js';
import { importRegister } from '../../functions/domain/residents/import-register.js';
import { documentIdFor } from '../../functions/domain/residents/resident-document.js';
import { registerLines } from '../../functions/handlers/residents/register-line.js';
import { aDocument, aResidentRegisterLine } from '../support/documents.js';
import { freshTables } from '../support/local-tables.js';

async function* linesOf(...lines: string[]) {
  yield* lines;
}

const line = (record: Record<string, unknown>) => JSON.stringify(aResidentRegisterLine(record));

const freshRegister = async () => {
  const { documentClient, names } = await freshTables(['residents']);
  return new DynamoDbDocumentRegister(documentClient, names.residents);
};

describe('register import into DynamoDB Local', () => {
  it('when a file mixes valid, invalid and duplicate lines, valid ones are stored once and each invalid one is reported with its reasons', async () => {
    // Prepare
    const register = await freshRegister();
    const file = [
      line({ phone: '+966500000001', locale: 'bn' }),
      line({ type: 'PASSPORT', number: 'A1234567', expiresOn: '2031-05-05' }),
      line({ type: 'PASSPORT', number: 'A1234567', expiresOn: '2031-05-05' }),
      line({ iqamaNumber: '2000000005' }),
      line({ holder: { kind: 'DEPENDENT', dependentId: 'dep 1', name: '', relation: 'COUSIN' } }),
      line({ expiresOn: '2027-02-29', type: 'MARRIAGE_CERTIFICATE' }),
    ];
    // Act
    const report = await importRegister(register, registerLines(linesOf(...file)));
    // Assess
    expect(report).toMatchObject({ lines: 6, created: 2, updated: 0, unchanged: 1 });
    expect(report.rejected).toEqual([
      { line: 4, errors: [{ field: 'iqamaNumber', code: 'invalid' }] },
      {
        line: 5,
        errors: expect.arrayContaining([
          { field: 'holder.dependentId', code: 'invalid' },
          { field: 'holder.name', code: 'too_short' },
          { field: 'holder.relation', code: 'not_allowed_value' },
        ]),
      },
      {
        line: 6,
        errors: expect.arrayContaining([
          { field: 'type', code: 'not_allowed_value' },
          { field: 'expiresOn', code: 'invalid_date' },
        ]),
      },
    ]);
    const documents = await register.documentsOf('2000000006');
    expect(documents.map((d) => [d.type, d.expiresOn, d.contact])).toEqual([
      ['IQAMA', '2027-03-01', { phone: '+966500000001', locale: 'bn', smsReminders: true }],
      ['PASSPORT', '2031-05-05', { phone: '+966500000001', locale: 'bn', smsReminders: true }],
    ]);
  });

  it('when the same file is imported twice, the second import changes nothing; a changed expiry updates the one record', async () => {
    // Prepare
    const register = await freshRegister();
    const file = [line({}), line({ type: 'WORK_VISA', number: 'W123456', expiresOn: '2027-01-15' })];
    await importRegister(register, registerLines(linesOf(...file)));
    // Act
    const again = await importRegister(register, registerLines(linesOf(...file)));
    const renewed = await importRegister(register, registerLines(linesOf(line({ expiresOn: '2029-03-01' }))));
    // Assess
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: [] });
    expect(renewed).toMatchObject({ created: 0, updated: 1 });
    expect((await register.documentsOf('2000000006')).map((d) => [d.type, d.expiresOn])).toEqual([
      ['WORK_VISA', '2027-01-15'],
      ['IQAMA', '2029-03-01'],
    ]);
  });

  it('when the register still has the old passport a resident has just renewed, the renewal is kept', async () => {
    // Prepare
    const register = await freshRegister();
    const renewedByResident = aDocument({
      type: 'PASSPORT',
      number: 'C7654321',
      issuedOn: '2026-11-20',
      expiresOn: '2036-11-19',
      source: 'RESIDENT',
    });
    await register.upsert(renewedByResident);
    // Act
    const report = await importRegister(
      register,
      registerLines(linesOf(line({ type: 'PASSPORT', number: 'A1234567', expiresOn: '2026-12-02' }))),
    );
    // Assess
    expect(report).toMatchObject({ unchanged: 0, keptNewer: 1 });
    expect(await register.documentsOf('2000000006')).toEqual([
      expect.objectContaining({
        documentId: renewedByResident.documentId,
        number: 'C7654321',
        expiresOn: '2036-11-19',
      }),
    ]);
  });

  it('when a resident has signed in, the register’s contact does not replace the one from their token, and a new phone reaches every document', async () => {
    // Prepare
    const register = await freshRegister();
    await register.updateProfile('2000000006', {
      phone: '+966500000042',
      signedInLocale: 'en',
      contactSource: 'TOKEN',
    });
    await importRegister(register, registerLines(linesOf(line({ phone: '+966500000099', locale: 'ar' }))));
    // Act
    await register.updateProfile('2000000006', {
      phone: '+966500000043',
      signedInLocale: 'tl',
      contactSource: 'TOKEN',
    });
    // Assess
    const [document] = await register.documentsOf('2000000006');
    expect(document!.contact).toEqual({ phone: '+966500000043', locale: 'tl', smsReminders: true });
    expect(document!.documentId).toBe(documentIdFor('2000000006', { kind: 'RESIDENT' }, 'IQAMA', 'any number'));
    const shards = await Promise.all(
      Array.from({ length: 16 }, (_, shard) => register.dueOn('2027-03-01', shard, { limit: 10 })),
    );
    expect(shards.flatMap((page) => page.items)).toEqual([
      {
        documentId: document!.documentId,
        type: 'IQAMA',
        expiresOn: '2027-03-01',
        dependent: false,
        contact: { phone: '+966500000043', locale: 'tl', smsReminders: true },
      },
    ]);
  });

  it('when a document is created with an older contact than the profile holds (an opt-out a moment ago), the profile’s wins', async () => {
    // Prepare
    const register = await freshRegister();
    await register.updateProfile('2000000006', {
      phone: '+966500000042',
      signedInLocale: 'en',
      contactSource: 'TOKEN',
    });
    await register.updateProfile('2000000006', { smsReminders: false });
    // Act: an import that read the profile before the opt-out
    await register.upsert(aDocument({ contact: { phone: '+966500000042', locale: 'en', smsReminders: true } }));
    // Assess
    const [document] = await register.documentsOf('2000000006');
    expect(document!.contact).toEqual({ phone: '+966500000042', locale: 'en', smsReminders: false });
  });

  it('when profile changes follow one another, every document ends with the last one’s contact', async () => {
    // Prepare
    const register = await freshRegister();
    await register.upsert(aDocument());
    await register.upsert(aDocument({ type: 'PASSPORT', number: 'A1234567' }));
    // Act
    await register.updateProfile('2000000006', {
      phone: '+966500000051',
      signedInLocale: 'ur',
      contactSource: 'TOKEN',
    });
    await register.updateProfile('2000000006', { preferredLocale: 'bn' });
    await register.updateProfile('2000000006', {
      phone: '+966500000052',
      signedInLocale: 'ur',
      contactSource: 'TOKEN',
    });
    // Assess
    expect((await register.documentsOf('2000000006')).map((document) => document.contact)).toEqual([
      { phone: '+966500000052', locale: 'bn', smsReminders: true },
      { phone: '+966500000052', locale: 'bn', smsReminders: true },
    ]);
  });
});
