import type { DueDocument } from '../../functions/domain/reminders/ports.js';
import {
  documentIdFor,
  type Holder,
  type ResidentDocument,
} from '../../functions/domain/residents/resident-document.js';

/** The day the documents made here expire, unless told otherwise. */
export const DEFAULT_EXPIRY = '2026-12-25';

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
    expiresOn: DEFAULT_EXPIRY,
    holder,
    contact: { phone: '+966500000001', locale: 'en', smsReminders: true },
    source: 'REGISTER',
    ...overrides,
  };
};

/** A resident's own iqama as the due index lists it, reminders on, overridable field by field. */
export const aDueDocument = (documentId: string, overrides: Partial<DueDocument> = {}): DueDocument => ({
  documentId,
  type: 'IQAMA',
  expiresOn: DEFAULT_EXPIRY,
  dependent: false,
  contact: { phone: '+966500000001', locale: 'en', smsReminders: true },
  ...overrides,
});

/** A register file's line for a resident's own iqama, as the object it is written from, overridable field by field. */
export const aResidentRegisterLine = (overrides: Record<string, unknown> = {}) => ({
  iqamaNumber: '2000000006',
  holder: { kind: 'RESIDENT' },
  type: 'IQAMA',
  number: '2000000006',
  expiresOn: '2027-03-01',
  ...overrides,
});
