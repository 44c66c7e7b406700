import type { Reference } from '../inquiries/reference.js';
import type { WorkflowStep } from './workflow-step.js';

/** Starts the review workflow's executions, one per inquiry: what a submission needs. */
export interface ReviewStarter {
  /** Starts the review of an inquiry; starting the same one again changes nothing. */
  start(reference: Reference): Promise<void>;
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
