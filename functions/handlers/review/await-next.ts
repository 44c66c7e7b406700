import type { ReviewDeps } from '../../domain/review/apply-transition.js';
import { awaitNext } from '../../domain/review/await-next.js';
import { clock } from '../../runtime/clock.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { reviewResumer } from '../../runtime/review.js';
import { awaitedStatusOf, referenceOf } from './workflow-task-input.js';

export interface AwaitEvent {
  taskToken: string;
  reference: string;
  awaiting: string;
}

/**
 * Invoked with `.waitForTaskToken`: keeps the token with the inquiry and returns, leaving the
 * execution waiting until a decision, a reply or the wait's timer resumes it.
 */
export const createHandler = (deps: ReviewDeps) => async (event: AwaitEvent) => {
  if (typeof event.taskToken !== 'string' || event.taskToken.length === 0)
    throw new TypeError('Task input has no task token');
  return { outcome: await awaitNext(deps, referenceOf(event), awaitedStatusOf(event), event.taskToken) };
};

export const handler = eventHandler(
  createHandler({ inquiries: inquiryRepository(), workflow: reviewResumer(), clock }),
);
