import { CLAIMS, ESTABLISHMENTS_GROUP } from '../../functions/contract/identity.js';
import { isIqamaNumber } from '../../functions/domain/residents/resident.js';

/** Ten digits starting with 2, the last a Luhn check digit: an iqama number the service accepts. */
export const withCheckDigit = (nineDigits: string) => {
  for (let digit = 0; digit <= 9; digit++) if (isIqamaNumber(`${nineDigits}${digit}`)) return `${nineDigits}${digit}`;
  throw new Error(`No check digit for ${nineDigits}`);
};

/** A synthetic resident of the bench, and the claims the authorizer would pass on for them. */
export interface BenchResident {
  id: string;
  iqamaNumber: string;
  phone: string;
  locale: 'en';
  claims: Record<string, string>;
}

/** The n-th synthetic resident; numbers from 90,000,000 up stay clear of the reminder bench's. */
export const benchResident = (n: number): BenchResident => {
  const iqamaNumber = withCheckDigit(`2${String(90_000_000 + n).padStart(8, '0')}`);
  const phone = `+9665${String(70_000_000 + n).padStart(8, '0')}`;
  const id = `bench-resident-${n}`;
  return {
    id,
    iqamaNumber,
    phone,
    locale: 'en',
    claims: { [CLAIMS.subject]: id, [CLAIMS.iqamaNumber]: iqamaNumber, [CLAIMS.phone]: phone, [CLAIMS.locale]: 'en' },
  };
};

/** A staff member of a synthetic establishment of the bench, and the claims the authorizer would pass on for them. */
export interface BenchEstablishmentStaff {
  id: string;
  /** The establishment's unified number: ten digits starting with 7, as register lines name it. */
  establishmentId: string;
  claims: Record<string, string>;
}

/** A staff member of the n-th synthetic establishment; their phones stay clear of the bench residents'. */
export const benchEstablishmentStaff = (n: number): BenchEstablishmentStaff => {
  const establishmentId = `7${String(900_000_000 + n).padStart(9, '0')}`;
  const id = `bench-establishment-staff-${n}`;
  return {
    id,
    establishmentId,
    claims: {
      [CLAIMS.subject]: id,
      [CLAIMS.groups]: ESTABLISHMENTS_GROUP,
      [CLAIMS.establishmentId]: establishmentId,
      [CLAIMS.phone]: `+9665${String(60_000_000 + n).padStart(8, '0')}`,
      [CLAIMS.locale]: 'en',
    },
  };
};
