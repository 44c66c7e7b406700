import type { Reference } from '../../functions/domain/inquiries/reference.js';
import type { ReviewWorkflow } from '../../functions/domain/review/ports.js';
import type { WorkflowStep } from '../../functions/domain/review/workflow-step.js';

/** A review workflow that records what it is asked; tokens in `expired` are waits already over. */
export class RecordingWorkflow implements ReviewWorkflow {
  readonly started: Reference[] = [];
  readonly resumed: { taskToken: string; step: WorkflowStep }[] = [];
  readonly expired = new Set<string>();
  failure?: Error;

  /** A repeated start is answered as Step Functions answers a name it knows. */
  async start(reference: Reference) {
    const repeated = this.started.includes(reference);
    this.started.push(reference);
    return repeated ? ('alreadyStarted' as const) : ('started' as const);
  }

  async resume(taskToken: string, step: WorkflowStep) {
    if (this.failure) throw this.failure;
    if (this.expired.has(taskToken)) return 'expired' as const;
    this.resumed.push({ taskToken, step });
    return 'resumed' as const;
  }
}
