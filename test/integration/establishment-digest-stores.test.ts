import { describe, expect, it } from 'vitest';
import { DynamoDbEmployeeDocumentCounts } from '../../functions/adapters/establishments/dynamodb-employee-document-counts.js';
import { DynamoDbEstablishmentContacts } from '../../functions/adapters/establishments/dynamodb-establishment-contacts.js';
import { DynamoDbDocumentRegister } from '../../functions/adapters/residents/dynamodb-document-register.js';
import { contactShardOf } from '../../functions/domain/establishments/establishment-contact.js';
import { importRegister } from '../../functions/domain/residents/import-register.js';
import { registerLines } from '../../functions/handlers/residents/register-line.js';
import { aResidentRegisterLine } from '../support/documents.js';
import { freshTables } from '../support/local-tables.js';

const EMPLOYER = '7001234567';
const now = new Date('2026-11-25T06:00:00Z');

async function* linesOf(records: Record<string, unknown>[]) {
  for (const record of records) yield JSON.stringify(aResidentRegisterLine(record));
}

const freshStores = async () => {
  const { names, documentClient } = await freshTables(['residents']);
  return {
    register: new DynamoDbDocumentRegister(documentClient, names.residents),
    contacts: new DynamoDbEstablishmentContacts(documentClient, names.residents),
    counts: new DynamoDbEmployeeDocumentCounts(documentClient, names.residents),
  };
};

// The first test also synthesizes the app for the tables' definitions: tens of seconds on a busy machine.
describe("establishments' contacts and due counts in DynamoDB Local", { timeout: 120_000 }, () => {
  it('when contacts are kept, each is read back by its establishment and listed in its shard only, a page at a time', async () => {
    // Prepare
    const { contacts } = await freshStores();
    const shard = contactShardOf(EMPLOYER);
    const sameShard = ['7001234567', '7001234583', '7001234599'];
    for (const establishmentId of sameShard)
      await contacts.remember({ establishmentId, phone: '+966500000005', locale: 'ar' }, now);
    await contacts.remember({ establishmentId: '7001234568', phone: '+966500000006', locale: 'en' }, now);
    await contacts.remember({ establishmentId: EMPLOYER, phone: '+966500000007', locale: 'en' }, now);
    // Act
    const first = await contacts.inShard(shard, { limit: 2 });
    const second = await contacts.inShard(shard, { limit: 2, from: first.next });
    // Assess
    expect(await contacts.contactOf(EMPLOYER)).toEqual({
      establishmentId: EMPLOYER,
      phone: '+966500000007',
      locale: 'en',
    });
    expect(await contacts.contactOf('7000000000')).toBeUndefined();
    expect([...first.items, ...second.items].map((c) => c.establishmentId).sort()).toEqual(sameShard);
    expect(first.next).toBeDefined();
    expect(second.items).toHaveLength(1);
  });

  it('when an employer’s documents are counted, those expiring by the last day and those expired are counted apart, a dependent’s and another employer’s not at all', async () => {
    // Prepare
    const { register, counts } = await freshStores();
    await importRegister(
      register,
      registerLines(
        linesOf([
          { expiresOn: '2026-12-25', establishmentId: EMPLOYER },
          { type: 'PASSPORT', number: 'A1234567', expiresOn: '2026-11-24' },
          {
            type: 'PASSPORT',
            number: 'B7654321',
            expiresOn: '2026-12-01',
            holder: { kind: 'DEPENDENT', dependentId: 'dep-1', name: 'Sara', relation: 'DAUGHTER' },
          },
          { iqamaNumber: '2000000014', number: '2000000014', expiresOn: '2026-11-25', establishmentId: EMPLOYER },
          { iqamaNumber: '2000000022', number: '2000000022', expiresOn: '2026-12-26', establishmentId: EMPLOYER },
          { iqamaNumber: '2000000030', number: '2000000030', expiresOn: '2026-12-01', establishmentId: '7009876543' },
        ]),
      ),
    );
    // Act
    const due = await counts.dueCounts(EMPLOYER, '2026-11-25', '2026-12-25');
    // Assess
    expect(due).toMatchObject({ expiring: 2, expired: 1 });
  });
});
