import { describe, expect, it } from 'vitest';
import { documentsByHolder } from '../../../../web/src/residents/document-holders.js';

type Document = Parameters<typeof documentsByHolder>[0][number];

const document = (documentId: string, holder: Document['holder']): Document => ({
  documentId,
  type: 'PASSPORT',
  number: '•••••321',
  holder,
  expiresOn: '2027-01-15',
  expiresOnHijri: '1448-08-07',
  daysLeft: 45,
  status: 'VALID',
});
const sara = { kind: 'DEPENDENT', dependentId: 'dep-1', name: 'Sara', relation: 'DAUGHTER' } as const;
const omar = { kind: 'DEPENDENT', dependentId: 'dep-2', name: 'Omar', relation: 'SON' } as const;

describe('documents by whom they belong to', () => {
  it('when the API lists them soonest first, mixed, the resident’s own come first, then each dependent’s together', () => {
    // Act
    const groups = documentsByHolder([
      document('a', sara),
      document('b', { kind: 'RESIDENT' }),
      document('c', omar),
      document('d', sara),
      document('e', { kind: 'RESIDENT' }),
    ]);
    // Assess
    expect(groups.map((group) => [group.dependent?.name, group.documents.map((item) => item.documentId)])).toEqual([
      [undefined, ['b', 'e']],
      ['Sara', ['a', 'd']],
      ['Omar', ['c']],
    ]);
  });

  it('when the resident holds none themselves, there is no empty group of their own', () => {
    expect(documentsByHolder([document('a', sara)]).map((group) => group.dependent?.dependentId)).toEqual(['dep-1']);
    expect(documentsByHolder([])).toEqual([]);
  });
});
