import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it, vi } from 'vitest';
import { CLAIMS, ESTABLISHMENTS_GROUP } from '../../../functions/contract/identity.js';
import { createHandler } from '../../../functions/handlers/establishments/get-employee.js';
import { apiEvent, lambdaContext, RESIDENT_CLAIMS } from '../../support/api-events.js';
import { InMemoryEstablishmentContacts } from '../../support/in-memory-establishments.js';
import { InMemoryDocumentRegister } from '../../support/in-memory-reminders.js';

const STAFF_CLAIMS = {
  [CLAIMS.subject]: 'staff-1',
  [CLAIMS.groups]: ESTABLISHMENTS_GROUP,
  [CLAIMS.establishmentId]: '7001234567',
  [CLAIMS.phone]: '+966500000005',
  [CLAIMS.locale]: 'en',
};
const now = new Date('2026-11-25T06:00:00Z');

const handlerWith = (staffSignIns: InMemoryEstablishmentContacts) =>
  createHandler({ register: new InMemoryDocumentRegister(), clock: () => now, staffSignIns });
const callAs = (claims: Record<string, string> | null) =>
  apiEvent({ claims, pathParameters: { iqamaNumber: '2000000006' } });

describe("keeping establishment staff's sign-ins as the establishment's contact", () => {
  it('when staff call an establishment route, the last one’s phone and locale are kept, written once each, whatever the route answers', async () => {
    // Prepare
    const contacts = new InMemoryEstablishmentContacts();
    const handler = handlerWith(contacts);
    const colleague = { ...STAFF_CLAIMS, [CLAIMS.subject]: 'staff-2', [CLAIMS.phone]: '+966500000006' };
    // Act
    const answer = await handler(callAs(STAFF_CLAIMS), lambdaContext);
    await handler(callAs(STAFF_CLAIMS), lambdaContext);
    await handler(callAs(colleague), lambdaContext);
    // Assess
    expect(answer.statusCode).toBe(404);
    expect(contacts.writes).toBe(2);
    expect(await contacts.contactOf('7001234567')).toEqual({
      establishmentId: '7001234567',
      phone: '+966500000006',
      locale: 'en',
    });
  });

  it('when a resident or no one calls, nothing is kept', async () => {
    const contacts = new InMemoryEstablishmentContacts();
    const handler = handlerWith(contacts);
    expect((await handler(callAs(RESIDENT_CLAIMS), lambdaContext)).statusCode).toBe(403);
    expect((await handler(callAs(null), lambdaContext)).statusCode).toBe(401);
    expect(contacts.writes).toBe(0);
  });

  it('when the contact cannot be written, the request still answers and the failure is logged without personal data', async () => {
    // Prepare
    const contacts = new InMemoryEstablishmentContacts();
    vi.spyOn(contacts, 'remember').mockRejectedValue(
      Object.assign(new Error('Throttled for +966500000005'), { name: 'ThrottlingException' }),
    );
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    // Act
    const answer = await handlerWith(contacts)(callAs(STAFF_CLAIMS), lambdaContext);
    // Assess
    expect(answer.statusCode).toBe(404);
    expect(warn).toHaveBeenCalledWith('Staff sign-in not kept as the establishment contact', {
      errorName: 'ThrottlingException',
    });
    warn.mockRestore();
  });
});
