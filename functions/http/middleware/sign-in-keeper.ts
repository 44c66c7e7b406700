import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

/** Callers whose sign-in this container has stored last, so that their next calls cost nothing. */
const CACHE_LIMIT = 10_000;

/** A sign-in a route keeps: whose it is, what it carries (phone, locale), and how to store it. */
export interface SignInToKeep {
  whose: string;
  carries: string;
  store: () => Promise<void>;
}

/**
 * Keeps the caller's sign-in on every call: it runs beside the request, not before it, and never
 * fails it — a sign-in not stored now is stored on the next call. What this container stored last
 * for a caller is not stored again; a switch back (ar → en → ar) is.
 * @param signInOf the sign-in to keep, or undefined when the token is not one this route keeps
 */
export const signInKeeper = (
  signInOf: (event: APIGatewayProxyEvent) => SignInToKeep | undefined,
  logger: Logger,
  failure: string,
): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => {
  const stored = new Map<string, string>();
  const pending = new WeakMap<object, Promise<void>>();
  const settle = async ({ event }: { event: APIGatewayProxyEvent }) => {
    await pending.get(event);
  };
  return {
    before: ({ event }) => {
      const signIn = signInOf(event);
      if (!signIn || stored.get(signIn.whose) === signIn.carries) return;
      pending.set(
        event,
        signIn.store().then(
          () => {
            if (stored.size >= CACHE_LIMIT) stored.clear();
            stored.set(signIn.whose, signIn.carries);
          },
          (error: unknown) => logger.warn(failure, { errorName: (error as Error).name }),
        ),
      );
    },
    after: settle,
    onError: settle,
  };
};
