import type { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { invocationObservability } from './observability.js';

export interface EventHandlerOptions {
  /** Metrics the function records on every invocation, published after each (or after its error). */
  metrics?: Metrics;
}

/**
 * Wraps a function that an event invokes rather than the API — a workflow task, an object's
 * creation — in the observability every function shares. The handler itself stays a plain function,
 * which tests call with fakes.
 */
export const eventHandler = <TEvent, TResult>(
  handle: (event: TEvent, context: Context) => Promise<TResult>,
  options: EventHandlerOptions = {},
) => {
  const chain = middy<TEvent, TResult>().use(invocationObservability());
  if (options.metrics) chain.use(logMetrics(options.metrics));
  return chain.handler(handle);
};
