import {
  documentIdFor,
  type Holder,
  type ResidentDocument,
} from '../../functions/domain/residents/resident-document.js';

/** A resident's own document with reminders on, overridable field by field. */
export const aDocument = (overrides: Partial<ResidentDocument> = {}): ResidentDocument => {
  const iqamaNumber = overrides.iqamaNumber ?? '2000000006';
  const holder: Holder = overrides.holder ?? { kind: 'RESIDENT' };
  const type = overrides.type ?? 'IQAMA';
  const number = overrides.number ?? '2000000006';
  return {
    iqamaNumber,
    documentId: documentIdFor(iqamaNumber, holder, type, number),
    type,
    number,
    expiresOn: '2026-12-25',
    holder,
    contact: { phone: '+966500000001', locale: 'en', smsReminders: true },
    source: 'REGISTER',
    ...overrides,
  };
};
