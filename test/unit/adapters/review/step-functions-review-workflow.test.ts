import {
  ExecutionAlreadyExists,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  StepFunctionsReviewResumer,
  StepFunctionsReviewStarter,
} from '../../../../functions/adapters/review/step-functions-review-workflow.js';
import { generateReference } from '../../../../functions/domain/inquiries/reference.js';
import { ReviewStartFailed } from '../../../../functions/domain/shared/errors.js';

const client = new SFNClient({ region: 'me-central-1' });
const sfn = mockClient(client);
/** What the SDK raises when Step Functions throttles: a service error that is not one of the expected outcomes. */
const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
const starter = new StepFunctionsReviewStarter(client, 'arn:aws:states:me-central-1:111111111111:stateMachine:Review');
const resumer = new StepFunctionsReviewResumer(client);

describe('Step Functions review workflow (SDK mocked)', () => {
  beforeEach(() => sfn.reset());

  it('when starting, the execution is named after the reference, so a second start is refused by Step Functions and answered as already started', async () => {
    // Prepare
    const reference = generateReference();
    sfn
      .on(StartExecutionCommand)
      .resolvesOnce({ executionArn: 'arn:x', startDate: new Date() })
      .rejectsOnce(new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }));
    // Act
    const first = await starter.start(reference);
    const second = await starter.start(reference);
    // Assess
    expect([first, second]).toEqual(['started', 'alreadyStarted']);
    const inputs = sfn.commandCalls(StartExecutionCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([
      {
        stateMachineArn: 'arn:aws:states:me-central-1:111111111111:stateMachine:Review',
        name: reference,
        input: JSON.stringify({ reference }),
      },
      expect.objectContaining({ name: reference, input: JSON.stringify({ reference }) }),
    ]);
  });

  it('when Step Functions throttles a start, a ReviewStartFailed reaches the caller with the SDK error as its cause, so that the start is retried', async () => {
    // Prepare
    const cause = throttled();
    sfn.on(StartExecutionCommand).rejects(cause);
    // Act
    const failure = await starter.start(generateReference()).catch((error: unknown) => error);
    // Assess
    expect(failure).toBeInstanceOf(ReviewStartFailed);
    expect((failure as ReviewStartFailed).cause).toBe(cause);
  });

  it('when resuming, the step is the task output; a wait already over is reported as expired, not as a failure', async () => {
    sfn.on(SendTaskSuccessCommand, { taskToken: 'live' }).resolves({});
    sfn
      .on(SendTaskSuccessCommand, { taskToken: 'gone' })
      .rejects(new TaskTimedOut({ message: 'timed out', $metadata: {} }));
    expect(await resumer.resume('live', { next: 'FINISH' })).toBe('resumed');
    expect(await resumer.resume('gone', { next: 'FINISH' })).toBe('expired');
    expect(sfn.commandCalls(SendTaskSuccessCommand)[0]!.args[0].input).toEqual({
      taskToken: 'live',
      output: '{"next":"FINISH"}',
    });
  });

  it('when Step Functions is unavailable on resume, the error reaches the caller', async () => {
    sfn.on(SendTaskSuccessCommand).rejects(throttled());
    await expect(resumer.resume('live', { next: 'FINISH' })).rejects.toThrow('Rate exceeded');
  });
});
