import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { systemClock } from '../../adapters/shared/system-clock.js';
import type { EstablishmentContacts } from '../../domain/establishments/ports.js';
import { rememberStaffContact } from '../../domain/establishments/remember-staff-contact.js';
import { establishmentStaffOf } from '../identity.js';
import { signInKeeper } from './sign-in-keeper.js';

/**
 * Keeps the phone and locale of an establishment staff member's token as the establishment's
 * contact, so that its daily digest reaches whoever signed in last: another staff member's sign-in
 * is stored again.
 */
export const rememberStaffSignIn = (
  contacts: EstablishmentContacts,
  logger: Logger,
): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> =>
  signInKeeper(
    (event) => {
      let staff: ReturnType<typeof establishmentStaffOf>;
      try {
        staff = establishmentStaffOf(event);
      } catch {
        return undefined; // No establishment's staff token: the route itself answers 401 or 403.
      }
      if (!staff.phone) return undefined;
      return {
        whose: staff.establishmentId,
        carries: `${staff.phone}|${staff.locale}`,
        store: () => rememberStaffContact({ contacts, clock: systemClock }, staff),
      };
    },
    logger,
    'Staff sign-in not kept as the establishment contact',
  );
