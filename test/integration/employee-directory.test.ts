import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoDbEmployeeDirectory } from '../../functions/adapters/establishments/dynamodb-employee-directory.js';
import { DynamoDbDocumentRegister } from '../../functions/adapters/residents/dynamodb-document-register.js';
import { documentItemKey } from '../../functions/adapters/shared/item-keys.js';
import { importRegister } from '../../functions/domain/residents/import-register.js';
import { ValidationFailed } from '../../functions/domain/shared/errors.js';
import { registerLines } from '../../functions/handlers/residents/register-line.js';
import { aResidentRegisterLine } from '../support/documents.js';
import { freshTables } from '../support/local-tables.js';

const EMPLOYER = '7001234567';
const OTHER_EMPLOYER = '7009876543';

async function* linesOf(records: Record<string, unknown>[]) {
  for (const record of records) yield JSON.stringify(aResidentRegisterLine(record));
}

const freshStores = async () => {
  const { documentClient, names } = await freshTables(['residents']);
  return {
    documentClient,
    tableName: names.residents,
    register: new DynamoDbDocumentRegister(documentClient, names.residents),
    directory: new DynamoDbEmployeeDirectory(documentClient, names.residents),
  };
};

const rowsOf = (page: { items: { iqamaNumber: string; type: string; expiresOn: string }[] }) =>
  page.items.map((item) => `${item.iqamaNumber}:${item.type}:${item.expiresOn}`);

// The first test also synthesizes the app for the tables' definitions: tens of seconds on a busy machine.
describe('the employer index in DynamoDB Local', { timeout: 120_000 }, () => {
  it('when the register names an employer, the resident’s own documents are listed under it, the soonest expiry first — a dependent’s are not', async () => {
    // Prepare
    const { register, directory } = await freshStores();
    await importRegister(
      register,
      registerLines(
        linesOf([
          { expiresOn: '2027-03-01', establishmentId: EMPLOYER },
          // A later line of the same resident, naming no one: the employer still holds.
          { type: 'PASSPORT', number: 'A1234567', expiresOn: '2026-12-20' },
          {
            type: 'PASSPORT',
            number: 'B7654321',
            expiresOn: '2026-12-10',
            holder: { kind: 'DEPENDENT', dependentId: 'dep-1', name: 'Sara', relation: 'DAUGHTER' },
          },
          { iqamaNumber: '2000000014', number: '2000000014', expiresOn: '2027-01-15', establishmentId: EMPLOYER },
          { iqamaNumber: '2000000022', number: '2000000022', expiresOn: '2026-12-01', establishmentId: OTHER_EMPLOYER },
        ]),
      ),
    );
    // Act
    const all = await directory.documentsByExpiry(EMPLOYER, { limit: 20 });
    const byJanuary = await directory.documentsByExpiry(EMPLOYER, { expiresBy: '2027-01-15', limit: 20 });
    const passports = await directory.documentsByExpiry(EMPLOYER, { documentType: 'PASSPORT', limit: 20 });
    // Assess
    expect(rowsOf(all)).toEqual([
      '2000000006:PASSPORT:2026-12-20',
      '2000000014:IQAMA:2027-01-15',
      '2000000006:IQAMA:2027-03-01',
    ]);
    expect(rowsOf(byJanuary)).toEqual(['2000000006:PASSPORT:2026-12-20', '2000000014:IQAMA:2027-01-15']);
    expect(rowsOf(passports)).toEqual(['2000000006:PASSPORT:2026-12-20']);
    expect(all.items[0]).toEqual({
      iqamaNumber: '2000000006',
      documentId: expect.any(String),
      type: 'PASSPORT',
      number: 'A1234567',
      expiresOn: '2026-12-20',
    });
  });

  it('when pages are read with cursors, every row comes once in order; a cursor of another list or a forged one is refused', async () => {
    // Prepare
    const { register, directory } = await freshStores();
    const residents = ['2000000006', '2000000014', '2000000022', '2000000030', '2000000048'];
    await importRegister(
      register,
      registerLines(
        linesOf(
          residents.map((iqamaNumber, i) => ({
            iqamaNumber,
            number: iqamaNumber,
            expiresOn: `2027-0${5 - i}-01`,
            establishmentId: EMPLOYER,
          })),
        ),
      ),
    );
    // Act
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await directory.documentsByExpiry(EMPLOYER, { limit: 2, ...(cursor && { cursor }) });
      seen.push(...rowsOf(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    const first = await directory.documentsByExpiry(EMPLOYER, { limit: 2 });
    const borrowed = directory.documentsByExpiry(OTHER_EMPLOYER, { limit: 2, cursor: first.nextCursor });
    const refiltered = directory.documentsByExpiry(EMPLOYER, {
      limit: 2,
      expiresBy: '2027-12-31',
      cursor: first.nextCursor,
    });
    const forged = directory.documentsByExpiry(EMPLOYER, {
      limit: 2,
      cursor: Buffer.from(JSON.stringify(['__proto__', 'x', '2027-01-01', 'digest'])).toString('base64url'),
    });
    // Assess
    expect(seen.map((row) => row.split(':')[0])).toEqual([...residents].reverse());
    await expect(borrowed).rejects.toBeInstanceOf(ValidationFailed);
    await expect(refiltered).rejects.toBeInstanceOf(ValidationFailed);
    await expect(forged).rejects.toBeInstanceOf(ValidationFailed);
  });

  it('when a later import names another employer, the documents move to it; a renewal keeps them there', async () => {
    // Prepare
    const { register, directory, documentClient, tableName } = await freshStores();
    await importRegister(register, registerLines(linesOf([{ establishmentId: EMPLOYER }])));
    // Act
    await importRegister(register, registerLines(linesOf([{ establishmentId: OTHER_EMPLOYER }])));
    await importRegister(register, registerLines(linesOf([{ expiresOn: '2029-03-01' }])));
    // Assess
    expect((await register.profile('2000000006'))?.establishmentId).toBe(OTHER_EMPLOYER);
    expect(rowsOf(await directory.documentsByExpiry(EMPLOYER, { limit: 20 }))).toEqual([]);
    expect(rowsOf(await directory.documentsByExpiry(OTHER_EMPLOYER, { limit: 20 }))).toEqual([
      '2000000006:IQAMA:2029-03-01',
    ]);
    const [iqama] = await register.documentsOf('2000000006');
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: documentItemKey('2000000006', iqama!.documentId) }),
    );
    expect(Item?.employer).toBe(OTHER_EMPLOYER);
  });
});
