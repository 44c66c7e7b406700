import type { Resident } from '../residents/resident.js';
import type { Inquiry } from './inquiry.js';

/** Whose inquiries a resident may act on: those they filed, and those filed for their iqama number. */
export type InquiryOwner = Pick<Resident, 'id' | 'iqamaNumber'>;

/**
 * The owner id of an inquiry an establishment filed for an employee, who may never have signed in.
 * A sign-in subject never contains `#` (Cognito's are UUIDs, the local issuer refuses it), so this
 * id can never be taken for someone's subject.
 */
export const employeeOwnerId = (iqamaNumber: string): string => `IQAMA#${iqamaNumber}`;

/** Every owner id the resident's inquiries are stored under: their own first. */
export const ownerIdsOf = (owner: InquiryOwner): readonly [string, string] => [
  owner.id,
  employeeOwnerId(owner.iqamaNumber),
];

export const isOwnedBy = (inquiry: Inquiry, owner: InquiryOwner): boolean =>
  ownerIdsOf(owner).includes(inquiry.residentId);
