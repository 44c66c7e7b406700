import type { Reference } from '../inquiries/reference.js';
import type { WorkflowStep } from './workflow-step.js';

/** What starting an inquiry's review found: a new execution, or one that the inquiry already had. */
export type ReviewStart = 'started' | 'alreadyStarted';

/** Starts the review workflow's executions, one per inquiry: what the table's stream and the reconciliation need. */
export interface ReviewStarter {
  /**
   * Starts the review of an inquiry; starting the same one again changes nothing and says so.
   * @throws ReviewStartFailed when the workflow could not be asked (the start may be retried)
   */
  start(reference: Reference): Promise<ReviewStart>;
}

/** Moves waiting executions on: what decisions, replies and the workflow's own tasks need. */
export interface ReviewResumer {
  /**
   * Gives the step that follows to the execution waiting with `taskToken`.
   * @returns 'expired' when that wait is already over (its timer fired, or it was resumed)
   */
  resume(taskToken: string, step: WorkflowStep): Promise<'resumed' | 'expired'>;
}

/** The review workflow as a whole, as a stand-in for it in tests plays both parts. */
export type ReviewWorkflow = ReviewStarter & ReviewResumer;
