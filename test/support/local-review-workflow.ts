import type { ReviewWorkflow } from '../../functions/domain/review/ports.js';
import type { LocalStepFunctions } from '../../lib/local/local-step-functions.js';

/**
 * The review workflow's ports played by the local engine running the synthesized definition, as
 * Step Functions plays them: a start names the execution by the reference, a resume of a token
 * that is no longer waited on is `expired`. The engine is given late: its tasks need these ports.
 */
export const localReviewWorkflow = (engine: () => LocalStepFunctions): ReviewWorkflow => ({
  start: async (reference) => {
    engine().start(reference, { reference });
    return 'started';
  },
  resume: async (taskToken, step) => {
    try {
      engine().sendTaskSuccess(taskToken, JSON.stringify(step));
      return 'resumed';
    } catch {
      return 'expired';
    }
  },
});
