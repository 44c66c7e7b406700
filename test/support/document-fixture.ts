import { beforeEach } from 'vitest';
import type { DocumentChangeDeps } from '../../functions/domain/residents/document-deps.js';
import type { Resident } from '../../functions/domain/residents/resident.js';
import { InMemoryDocumentRegister } from './in-memory-reminders.js';

/** The signed-in resident of the residents' use-case tests. */
export const resident: Resident = { id: 'resident-1', iqamaNumber: '2000000006', phone: '+966500000001', locale: 'en' };

export interface DocumentFixture {
  register: InMemoryDocumentRegister;
  deps: DocumentChangeDeps;
}

/** An empty register and the deps over it, on a clock fixed at `now`, made afresh before each test of the calling file. */
export const useDocumentFixture = (now: Date): DocumentFixture => {
  const fixture = {} as DocumentFixture;
  beforeEach(() => {
    fixture.register = new InMemoryDocumentRegister();
    fixture.deps = { register: fixture.register, claims: fixture.register.claims, clock: () => now };
  });
  return fixture;
};
