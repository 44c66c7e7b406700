import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { systemClock } from '../../adapters/shared/system-clock.js';
import type { DocumentRegister } from '../../domain/residents/ports.js';
import { rememberSignIn as rememberContact } from '../../domain/residents/remember-sign-in.js';
import { callerOf } from '../identity.js';

/** Residents whose sign-in this container has stored last, so that their next calls cost nothing. */
const CACHE_LIMIT = 10_000;

/**
 * Keeps the phone and locale of a resident's token with their profile on every call, so that
 * reminders reach them where they last signed in. It runs beside the request, not before it, and
 * never fails it: a profile that could not be written now is written on the next call.
 */
export const rememberSignIn = (
  register: DocumentRegister,
  logger: Logger,
): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => {
  // The last sign-in stored per resident: a switch back (ar → en → ar) must be written again.
  const stored = new Map<string, string>();
  const pending = new WeakMap<object, Promise<void>>();
  const settle = async ({ event }: { event: APIGatewayProxyEvent }) => {
    await pending.get(event);
  };
  return {
    before: ({ event }) => {
      let caller: ReturnType<typeof callerOf>;
      try {
        caller = callerOf(event);
      } catch {
        return; // No resident's identity: the route itself answers 401 or 403.
      }
      if (caller.kind !== 'resident') return;
      const { resident } = caller;
      const key = `${resident.phone}|${resident.locale}`;
      if (stored.get(resident.iqamaNumber) === key) return;
      pending.set(
        event,
        rememberContact({ register, clock: systemClock }, resident).then(
          () => {
            if (stored.size >= CACHE_LIMIT) stored.clear();
            stored.set(resident.iqamaNumber, key);
          },
          (error: unknown) => logger.warn('Sign-in not kept with the profile', { errorName: (error as Error).name }),
        ),
      );
    },
    after: settle,
    onError: settle,
  };
};
