import { productionAttachmentRecords } from './production-attachments.js';
import { reviewWorkflow } from './production-workflow.js';

/** The wiring of functions that move the review workflow on: records, plus the state machine. */
export const productionReview = { ...productionAttachmentRecords, workflow: reviewWorkflow };
