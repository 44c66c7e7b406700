import type { Reference } from '../../functions/domain/inquiries/reference.js';
import type { ReviewWorkflow } from '../../functions/domain/review/ports.js';
import type { WorkflowStep } from '../../functions/domain/review/workflow-step.js';

/** A review workflow that records what it is asked; tokens in `expired` are waits already over. */
export class RecordingWorkflow implements ReviewWorkflow {
  readonly started: Reference[] = [];
  readonly resumed: { taskToken: string; step: WorkflowStep }[] = [];
  readonly expired = new Set<string>();
  failure?: Error;

  async start(reference: Reference) {
    this.started.push(reference);
  }

  async resume(taskToken: string, step: WorkflowStep) {
    if (this.failure) throw this.failure;
    if (this.expired.has(taskToken)) return 'expired' as const;
    this.resumed.push({ taskToken, step });
    return 'resumed' as const;
  }
}
