import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { systemClock } from '../../adapters/shared/system-clock.js';
import type { EstablishmentContacts } from '../../domain/establishments/ports.js';
import { rememberStaffContact } from '../../domain/establishments/remember-staff-contact.js';
import { establishmentStaffOf } from '../identity.js';

/** Establishments whose contact this container has stored last, so that their next calls cost nothing. */
const CACHE_LIMIT = 10_000;

/**
 * Keeps the phone and locale of an establishment staff member's token as the establishment's
 * contact on every call, so that its daily digest reaches whoever signed in last. It runs beside
 * the request, not before it, and never fails it: a contact not written now is written next call.
 */
export const rememberStaffSignIn = (
  contacts: EstablishmentContacts,
  logger: Logger,
): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => {
  // The last contact stored per establishment: another staff member's sign-in must be written again.
  const stored = new Map<string, string>();
  const pending = new WeakMap<object, Promise<void>>();
  const settle = async ({ event }: { event: APIGatewayProxyEvent }) => {
    await pending.get(event);
  };
  return {
    before: ({ event }) => {
      let staff: ReturnType<typeof establishmentStaffOf>;
      try {
        staff = establishmentStaffOf(event);
      } catch {
        return; // No establishment's staff token: the route itself answers 401 or 403.
      }
      const key = `${staff.phone}|${staff.locale}`;
      if (!staff.phone || stored.get(staff.establishmentId) === key) return;
      pending.set(
        event,
        rememberStaffContact({ contacts, clock: systemClock }, staff).then(
          () => {
            if (stored.size >= CACHE_LIMIT) stored.clear();
            stored.set(staff.establishmentId, key);
          },
          (error: unknown) =>
            logger.warn('Staff sign-in not kept as the establishment contact', { errorName: (error as Error).name }),
        ),
      );
    },
    after: settle,
    onError: settle,
  };
};
