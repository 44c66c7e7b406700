import {
  ExecutionAlreadyExists,
  InvalidToken,
  SendTaskSuccessCommand,
  type SFNClient,
  StartExecutionCommand,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import type { Reference } from '../../domain/inquiries/reference.js';
import type { ReviewWorkflow } from '../../domain/review/ports.js';
import type { WorkflowStep } from '../../domain/review/workflow-step.js';

/** What an execution of the review state machine starts with. */
export interface ReviewExecutionInput {
  reference: Reference;
  /** Set when the local runtime reruns an execution after a restart: nothing is announced twice. */
  resumed?: boolean;
}

/**
 * One Standard execution per inquiry, named after its reference: a second start of the same
 * inquiry is refused by Step Functions itself, whatever retries happen upstream.
 */
export class StepFunctionsReviewWorkflow implements ReviewWorkflow {
  /** Without `stateMachineArn` it only resumes executions: a task token alone names the waiting one. */
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn?: string,
  ) {}

  async start(reference: Reference): Promise<void> {
    if (!this.stateMachineArn)
      throw new TypeError('This function was given no review state machine to start executions of');
    try {
      const input: ReviewExecutionInput = { reference };
      await this.client.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name: reference,
          input: JSON.stringify(input),
        }),
      );
    } catch (error) {
      if (!(error instanceof ExecutionAlreadyExists)) throw error;
    }
  }

  async resume(taskToken: string, step: WorkflowStep): Promise<'resumed' | 'expired'> {
    try {
      await this.client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(step) }));
      return 'resumed';
    } catch (error) {
      if (error instanceof TaskDoesNotExist || error instanceof TaskTimedOut || error instanceof InvalidToken)
        return 'expired';
      throw error;
    }
  }
}
