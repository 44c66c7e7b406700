import { SFNClient } from '@aws-sdk/client-sfn';
import { ENVIRONMENT } from './environment.js';
import { productionAttachmentRecords } from './production-attachments.js';
import { StepFunctionsReviewWorkflow } from './step-functions-review-workflow.js';

/** The wiring of functions that move the review workflow on: records, plus the state machine. */
export const productionReview = {
  ...productionAttachmentRecords,
  workflow: new StepFunctionsReviewWorkflow(new SFNClient({}), process.env[ENVIRONMENT.reviewStateMachine] ?? ''),
};
