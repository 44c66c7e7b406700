import { afterEach, describe, expect, it, vi } from 'vitest';
import { REVIEW_START_METRICS } from '../../../../functions/contract/metrics.js';
import { WorkingCalendar } from '../../../../functions/domain/shared/working-calendar.js';
import { createHandler } from '../../../../functions/handlers/review/reconcile-reviews.js';
import { InMemoryInquiryRepository } from '../../../support/in-memory-inquiry-repository.js';
import { anInquiry } from '../../../support/inquiries.js';
import { RecordingWorkflow } from '../../../support/recording-workflow.js';
import { writtenWhile } from '../../../support/standard-output.js';

describe('the reconciliation’s handler', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['the schedule’s payload', { scheduledTime: '2026-12-02T00:00:00Z' }],
    ['an empty request (on demand)', {}],
  ])(
    'when invoked with %s, it answers the counts and publishes the reviews it started on the metric the alarm watches',
    async (_kind, request) => {
      // Prepare
      const inquiries = new InMemoryInquiryRepository();
      const workflow = new RecordingWorkflow();
      const inquiry = anInquiry({ createdAt: '2026-11-22T06:00:00.000Z' });
      await inquiries.create(inquiry);
      const handle = createHandler({
        inquiries,
        workflow,
        calendar: new WorkingCalendar(),
        clock: () => new Date('2026-11-23T06:00:00Z'),
      });
      let answer: unknown;
      // Act
      const output = await writtenWhile(async () => {
        answer = await handle(request);
      });
      // Assess
      expect(answer).toEqual({ found: 1, started: 1, alreadyStarted: 0, failed: 0 });
      expect(workflow.started).toEqual([inquiry.reference]);
      expect(output).toContainEqual(expect.objectContaining({ [REVIEW_START_METRICS.startedByReconciliation]: 1 }));
      expect(JSON.stringify(output)).not.toContain(inquiry.contact.phone);
    },
  );
});
