import type { Logger } from '@aws-lambda-powertools/logger';
import type { AppliedTransition } from '../domain/review/apply-transition.js';
import { errorSummary } from '../http/error-summary.js';

/**
 * A change is stored before the workflow hears of it; if that call fails the wait's own timer
 * picks the change up, so the caller still gets its answer — and operators get this error.
 */
export const logWorkflowNotice = (logger: Logger, applied: AppliedTransition) => {
  if (applied.workflow === 'failed') {
    logger.error('Review workflow not resumed; its timer will pick the change up', {
      reference: applied.inquiry.reference,
      error: errorSummary(applied.failure),
    });
  }
};
