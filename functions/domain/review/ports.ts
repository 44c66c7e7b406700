import type { Reference } from '../inquiries/reference.js';
import type { WorkflowStep } from './workflow-step.js';

/** The review workflow's executions, one per inquiry. */
export interface ReviewWorkflow {
  /** Starts the review of an inquiry; starting the same one again changes nothing. */
  start(reference: Reference): Promise<void>;
  /**
   * Gives the step that follows to the execution waiting with `taskToken`.
   * @returns 'expired' when that wait is already over (its timer fired, or it was resumed)
   */
  resume(taskToken: string, step: WorkflowStep): Promise<'resumed' | 'expired'>;
}
