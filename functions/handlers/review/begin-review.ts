import type { ReviewExecutionInput } from '../../adapters/review/step-functions-review-workflow.js';
import type { ReviewDeps } from '../../domain/review/apply-transition.js';
import { beginReview } from '../../domain/review/begin-review.js';
import { clock } from '../../runtime/clock.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { reviewResumer } from '../../runtime/review.js';
import { referenceOf } from './workflow-task-input.js';

/** The state machine's first task: the inquiry joins its section's queue, or an execution rerun picks up where it was. */
export const createHandler = (deps: ReviewDeps) => async (event: ReviewExecutionInput) =>
  beginReview(deps, referenceOf(event), event.resumed === true);

export const handler = eventHandler(
  createHandler({ inquiries: inquiryRepository(), workflow: reviewResumer(), clock }),
);
