import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { DocumentRegister } from '../../core/documents/ports.js';
import { rememberSignIn as rememberContact } from '../../core/documents/resident-documents.js';
import { residentOf } from '../identity.js';

/** Sign-ins this container has already stored, so that a resident's next calls cost nothing. */
const CACHE_LIMIT = 10_000;

/**
 * Keeps the phone and locale of a resident's token with their profile on every call, so that
 * reminders reach them where they last signed in. It runs beside the request, not before it, and
 * never fails it: a profile that could not be written now is written on the next call.
 */
export const rememberSignIn = (register: DocumentRegister, logger: Logger): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => {
  const stored = new Set<string>();
  const pending = new WeakMap<object, Promise<void>>();
  const settle = async ({ event }: { event: APIGatewayProxyEvent }) => {
    await pending.get(event);
  };
  return {
    before: ({ event }) => {
      let resident;
      try {
        resident = residentOf(event);
      } catch {
        return; // Not a resident's call: the route itself answers 401 or 403, or serves the reviewer.
      }
      const key = `${resident.iqamaNumber}|${resident.phone}|${resident.locale}`;
      if (stored.has(key)) return;
      pending.set(
        event,
        rememberContact({ register, clock: () => new Date() }, resident).then(
          () => {
            if (stored.size >= CACHE_LIMIT) stored.clear();
            stored.add(key);
          },
          (error: unknown) => logger.warn('Sign-in not kept with the profile', { errorName: (error as Error).name }),
        ),
      );
    },
    after: settle,
    onError: settle,
  };
};
