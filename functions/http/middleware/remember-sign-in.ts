import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { systemClock } from '../../adapters/shared/system-clock.js';
import type { DocumentRegister } from '../../domain/residents/ports.js';
import { rememberSignIn as rememberContact } from '../../domain/residents/remember-sign-in.js';
import { callerOf } from '../identity.js';
import { signInKeeper } from './sign-in-keeper.js';

/** Keeps the phone and locale of a resident's token with their profile, so that reminders reach them where they last signed in. */
export const rememberSignIn = (
  register: DocumentRegister,
  logger: Logger,
): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> =>
  signInKeeper(
    (event) => {
      let caller: ReturnType<typeof callerOf>;
      try {
        caller = callerOf(event);
      } catch {
        return undefined; // No resident's identity: the route itself answers 401 or 403.
      }
      if (caller.kind !== 'resident') return undefined;
      const { resident } = caller;
      return {
        whose: resident.iqamaNumber,
        carries: `${resident.phone}|${resident.locale}`,
        store: async () => {
          await rememberContact({ register, clock: systemClock }, resident);
        },
      };
    },
    logger,
    'Sign-in not kept with the profile',
  );
