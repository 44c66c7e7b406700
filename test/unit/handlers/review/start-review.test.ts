import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StepFunctionsReviewStarter } from '../../../../functions/adapters/review/step-functions-review-workflow.js';
import { REVIEW_START_METRICS } from '../../../../functions/contract/metrics.js';
import { createHandler } from '../../../../functions/handlers/review/start-review.js';
import { anInquiry } from '../../../support/inquiries.js';
import { imageOf, newInquiryRecord, streamEvent, streamRecord } from '../../../support/inquiry-stream.js';
import { writtenWhile } from '../../../support/standard-output.js';

const client = new SFNClient({ region: 'me-central-1' });
const sfn = mockClient(client);
const handle = createHandler({
  reviews: new StepFunctionsReviewStarter(client, 'arn:aws:states:me-central-1:111111111111:stateMachine:Review'),
});
const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
const startedNames = () => sfn.commandCalls(StartExecutionCommand).map((call) => call.args[0].input.name);
const PHONE = '+966509876543';

describe('starting reviews from the inquiries table’s stream (Step Functions mocked)', () => {
  beforeEach(() => sfn.reset());
  afterEach(() => vi.restoreAllMocks());

  it('when a batch holds new inquiries, each review is started by its reference, repeats are counted, and no record is reported', async () => {
    // Prepare
    const [first, second] = [anInquiry(), anInquiry()];
    sfn
      .on(StartExecutionCommand, { name: first.reference })
      .resolves({ executionArn: 'arn:x', startDate: new Date() })
      .on(StartExecutionCommand, { name: second.reference })
      .rejects(new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }));
    let response: unknown;
    // Act
    const output = await writtenWhile(async () => {
      response = await handle(streamEvent(newInquiryRecord(first), newInquiryRecord(second)));
    });
    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(startedNames()).toEqual([first.reference, second.reference]);
    expect(output).toContainEqual(
      expect.objectContaining({ [REVIEW_START_METRICS.started]: 1, [REVIEW_START_METRICS.repeated]: 1 }),
    );
  });

  it('when a start is throttled, the batch response names that record’s sequence number and nothing after it is started', async () => {
    // Prepare
    const inquiries = [anInquiry(), anInquiry(), anInquiry()];
    sfn
      .on(StartExecutionCommand)
      .resolves({ executionArn: 'arn:x', startDate: new Date() })
      .on(StartExecutionCommand, { name: inquiries[1]!.reference })
      .rejects(throttled());
    const records = inquiries.map((inquiry) => newInquiryRecord(inquiry));
    let response: unknown;
    // Act
    const output = await writtenWhile(async () => {
      response = await handle(streamEvent(...records));
    });
    // Assess
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: records[1]!.dynamodb!.SequenceNumber }] });
    expect(startedNames()).toEqual([inquiries[0]!.reference, inquiries[1]!.reference]);
    expect(output).toContainEqual(
      expect.objectContaining({ level: 'WARN', sequenceNumber: records[1]!.dynamodb!.SequenceNumber }),
    );
  });

  it('when the batch holds records of other items, changes and removals, they are passed over and nothing is started', async () => {
    // Prepare
    const inquiry = anInquiry();
    const event = streamEvent(
      streamRecord(
        'INSERT',
        imageOf({ pk: `INQUIRY#${inquiry.reference}`, sk: 'ATTACHMENT#a1', entity: 'ATTACHMENT' }),
      ),
      streamRecord('MODIFY', imageOf({ ...inquiry, entity: 'INQUIRY' })),
      streamRecord('REMOVE', undefined),
    );
    let response: unknown;
    // Act
    await writtenWhile(async () => {
      response = await handle(event);
    });
    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(startedNames()).toEqual([]);
  });

  it('when a new inquiry’s image cannot be read, that record is reported as failed (no crash) and the image is never logged', async () => {
    // Prepare
    const broken = streamRecord(
      'INSERT',
      imageOf({ ...anInquiry({ contact: { phone: PHONE, locale: 'ar' } }), reference: 'garbled', entity: 'INQUIRY' }),
    );
    const after = newInquiryRecord(anInquiry());
    let response: unknown;
    // Act
    const output = await writtenWhile(async () => {
      response = await handle(streamEvent(broken, after));
    });
    // Assess
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: broken.dynamodb!.SequenceNumber }] });
    expect(startedNames()).toEqual([]);
    expect(JSON.stringify(output)).not.toContain(PHONE);
  });
});
