import {
  StepFunctionsReviewResumer,
  StepFunctionsReviewStarter,
} from '../adapters/review/step-functions-review-workflow.js';
import type { DocumentRegister } from '../domain/residents/ports.js';
import type { FollowUpDeps } from '../domain/review/follow-up.js';
import { attachmentRepository } from './attachments.js';
import { clock } from './clock.js';
import { inquiryClaims, inquiryRepository, workingCalendar } from './inquiries.js';
import { once } from './once.js';
import { documentRegister } from './residents.js';
import { settings } from './settings.js';
import { sfnClient } from './sfn-client.js';

/** Starts reviews (submission, the table's stream, the reconciliation): the functions given the state machine's ARN. */
export const reviewStarter = /* @__PURE__ */ once(
  () => new StepFunctionsReviewStarter(sfnClient(), settings.reviewStateMachine()),
);

/**
 * Resumes waiting reviews by their task token, which names the execution: decisions, replies and
 * the workflow's own tasks need no ARN (the state machine names its tasks, so they cannot name it).
 */
export const reviewResumer = /* @__PURE__ */ once(() => new StepFunctionsReviewResumer(sfnClient()));

/** What a resident's follow-up on their inquiry (reply, appeal, rating) is given, with where their sign-in is kept. */
export const followUpDeps = (): FollowUpDeps & { signIns: DocumentRegister } => ({
  inquiries: inquiryRepository(),
  attachments: attachmentRepository(),
  claims: inquiryClaims(),
  calendar: workingCalendar(),
  workflow: reviewResumer(),
  clock,
  signIns: documentRegister(),
});
