import { SFNClient } from '@aws-sdk/client-sfn';
import { ENVIRONMENT } from '../contract/environment.js';
import { StepFunctionsReviewWorkflow } from '../adapters/review/step-functions-review-workflow.js';

/** The review state machine as the function's environment names it, with one client per cold start. */
export const reviewWorkflow = new StepFunctionsReviewWorkflow(new SFNClient({}), process.env[ENVIRONMENT.reviewStateMachine] ?? '');
