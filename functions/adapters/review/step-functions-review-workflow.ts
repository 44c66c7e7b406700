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
import type { ReviewResumer, ReviewStart, ReviewStarter } from '../../domain/review/ports.js';
import type { WorkflowStep } from '../../domain/review/workflow-step.js';
import { ReviewStartFailed } from '../../domain/shared/errors.js';

/** What an execution of the review state machine starts with. */
export interface ReviewExecutionInput {
  reference: Reference;
  /** Set when the local runtime reruns an execution after a restart: nothing is announced twice. */
  resumed?: boolean;
}

/**
 * One Standard execution per inquiry, named after its reference: a second start of the same
 * inquiry is refused by Step Functions itself, whatever retries happen upstream. While the first
 * still runs, the same name with the same input is accepted without a second execution — which is
 * why the input is the reference alone, always the same for an inquiry.
 */
export class StepFunctionsReviewStarter implements ReviewStarter {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(reference: Reference): Promise<ReviewStart> {
    try {
      const input: ReviewExecutionInput = { reference };
      await this.client.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name: reference,
          input: JSON.stringify(input),
        }),
      );
      return 'started';
    } catch (error) {
      if (error instanceof ExecutionAlreadyExists) return 'alreadyStarted';
      throw new ReviewStartFailed(`The review of ${reference} could not be started`, { cause: error });
    }
  }
}

/** Resumes a waiting execution by its task token alone, which names it: no state machine ARN needed. */
export class StepFunctionsReviewResumer implements ReviewResumer {
  constructor(private readonly client: SFNClient) {}

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
