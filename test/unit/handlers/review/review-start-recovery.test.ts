import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepFunctionsReviewStarter } from '../../../../functions/adapters/review/step-functions-review-workflow.js';
import type { Inquiry } from '../../../../functions/domain/inquiries/inquiry.js';
import { WorkingCalendar } from '../../../../functions/domain/shared/working-calendar.js';
import { createHandler as createReconcile } from '../../../../functions/handlers/review/reconcile-reviews.js';
import { createHandler as createStart } from '../../../../functions/handlers/review/start-review.js';
import { InMemoryInquiryRepository } from '../../../support/in-memory-inquiry-repository.js';
import { anInquiry } from '../../../support/inquiries.js';
import { newInquiryRecord, streamEvent } from '../../../support/inquiry-stream.js';
import { writtenWhile } from '../../../support/standard-output.js';

const SUBMITTED_AT = new Date('2026-11-22T06:00:00Z');
const INQUIRIES = 500;
const BATCH = 100;

describe('no stored inquiry is left unreviewed when starts fail (Step Functions mocked)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('when Step Functions refuses every start while 500 inquiries are stored, the stream’s batches fail and the reconciliation then starts each of them exactly once', async () => {
    // Prepare: a Step Functions that refuses while down and, like the real one, refuses a name it has run.
    const client = new SFNClient({ region: 'me-central-1' });
    const sfn = mockClient(client);
    const executions = new Map<string, number>();
    let down = false;
    sfn.on(StartExecutionCommand).callsFake((input: { name: string }) => {
      if (down) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      if (executions.has(input.name)) throw new ExecutionAlreadyExists({ message: 'exists', $metadata: {} });
      executions.set(input.name, 1);
      return { executionArn: `arn:${input.name}`, startDate: new Date() };
    });
    const starter = new StepFunctionsReviewStarter(
      client,
      'arn:aws:states:me-central-1:111111111111:stateMachine:Review',
    );
    const inquiries = new InMemoryInquiryRepository();
    const stored: Inquiry[] = [];
    for (let i = 0; i < INQUIRIES; i++) {
      const inquiry = anInquiry({ createdAt: SUBMITTED_AT.toISOString() });
      await inquiries.create(inquiry);
      stored.push(inquiry);
    }
    const startFromStream = createStart({ reviews: starter });
    const reconcile = createReconcile({
      inquiries,
      workflow: starter,
      calendar: new WorkingCalendar(),
      clock: () => new Date(SUBMITTED_AT.getTime() + 11 * 60_000),
    });
    const failed: string[] = [];
    let reconciliation: unknown;

    // Act: the first batch goes through, then Step Functions goes down for every later delivery
    // (Lambda would retry them for a day, then dead-letter them); then it comes back.
    await writtenWhile(async () => {
      for (let first = 0; first < INQUIRIES; first += BATCH) {
        down = first > 0;
        const records = stored.slice(first, first + BATCH).map((inquiry) => newInquiryRecord(inquiry));
        const { batchItemFailures } = await startFromStream(streamEvent(...records));
        failed.push(...batchItemFailures.map((failure) => failure.itemIdentifier));
      }
      down = false;
      reconciliation = await reconcile({});
    });

    // Assess
    expect(failed).toHaveLength(INQUIRIES / BATCH - 1);
    expect(reconciliation).toEqual({ found: INQUIRIES, started: INQUIRIES - BATCH, alreadyStarted: BATCH, failed: 0 });
    expect([...executions.keys()].sort()).toEqual(stored.map((inquiry) => inquiry.reference).sort());
  });
});
