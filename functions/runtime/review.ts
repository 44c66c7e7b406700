import { StepFunctionsReviewWorkflow } from '../adapters/review/step-functions-review-workflow.js';
import type { DocumentRegister } from '../domain/residents/ports.js';
import type { FollowUpDeps } from '../domain/review/follow-up.js';
import { attachmentRepository } from './attachments.js';
import { clock } from './clock.js';
import { inquiryClaims, inquiryRepository, workingCalendar } from './inquiries.js';
import { once } from './once.js';
import { documentRegister } from './residents.js';
import { settings } from './settings.js';
import { sfnClient } from './sfn-client.js';

/** The review state machine as the function that starts reviews (submission) holds it, by its ARN. */
export const reviewWorkflow = /* @__PURE__ */ once(
  () => new StepFunctionsReviewWorkflow(sfnClient(), settings.reviewStateMachine()),
);

/**
 * The review workflow as every other function holds it: a waiting execution is resumed by its task
 * token alone, so these functions need no ARN. The workflow's own tasks could not be given one: the
 * state machine names them, so they cannot name it.
 */
export const resumeOnlyReviewWorkflow = /* @__PURE__ */ once(() => new StepFunctionsReviewWorkflow(sfnClient()));

/** What a resident's follow-up on their inquiry (reply, appeal, rating) is given, with where their sign-in is kept. */
export const followUpDeps = (): FollowUpDeps & { signIns: DocumentRegister } => ({
  inquiries: inquiryRepository(),
  attachments: attachmentRepository(),
  claims: inquiryClaims(),
  calendar: workingCalendar(),
  workflow: resumeOnlyReviewWorkflow(),
  clock,
  signIns: documentRegister(),
});
