import { beforeEach, describe, expect, it } from 'vitest';
import type { Reference } from '../../../../functions/domain/inquiries/reference.js';
import type { ReviewStarter } from '../../../../functions/domain/review/ports.js';
import { reconcileReviews } from '../../../../functions/domain/review/reconcile-reviews.js';
import { ReviewStartFailed } from '../../../../functions/domain/shared/errors.js';
import { toRiyadhIso, WorkingCalendar } from '../../../../functions/domain/shared/working-calendar.js';
import { InMemoryInquiryRepository } from '../../../support/in-memory-inquiry-repository.js';
import { anInquiry } from '../../../support/inquiries.js';
import { RecordingWorkflow } from '../../../support/recording-workflow.js';

const NOW = new Date('2026-12-02T00:00:00Z');
const calendar = new WorkingCalendar();
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
/** An inquiry stored `minutes` before now, due as a submission made then is. */
const storedAgo = (minutes: number, overrides: Parameters<typeof anInquiry>[0] = {}) =>
  anInquiry({
    createdAt: minutesAgo(minutes).toISOString(),
    expectedResponseBy: toRiyadhIso(calendar.addWorkingDays(minutesAgo(minutes), 7)),
    ...overrides,
  });

describe('reconciling the reviews the stream did not start', () => {
  let inquiries: InMemoryInquiryRepository;
  let workflow: RecordingWorkflow;
  const reconcile = (starter: ReviewStarter = workflow) =>
    reconcileReviews({ inquiries, workflow: starter, calendar, clock: () => NOW });

  beforeEach(() => {
    inquiries = new InMemoryInquiryRepository();
    workflow = new RecordingWorkflow();
  });

  it('when inquiries of several sections are still submitted ten minutes or more after they were stored, each is started; newer ones are left to the stream', async () => {
    // Prepare
    const old = [
      storedAgo(10, { section: 'VISAS', category: 'VISA_EXTENSION' }),
      storedAgo(3 * 24 * 60, { section: 'GENERAL' }),
    ];
    const recent = storedAgo(9, { section: 'VISAS', category: 'VISA_EXTENSION' });
    for (const inquiry of [...old, recent]) await inquiries.create(inquiry);
    // Act
    const reconciliation = await reconcile();
    // Assess
    expect(reconciliation).toEqual({ found: 2, started: 2, alreadyStarted: 0, failed: 0 });
    expect([...workflow.started].sort()).toEqual(old.map((inquiry) => inquiry.reference).sort());
  });

  it('when an inquiry under review or decided is old, it is not started again', async () => {
    // Prepare
    await inquiries.create(storedAgo(60, { status: 'UNDER_REVIEW' }));
    await inquiries.create(storedAgo(60, { status: 'ACCEPTED' }));
    // Act
    const reconciliation = await reconcile();
    // Assess
    expect(reconciliation).toEqual({ found: 0, started: 0, alreadyStarted: 0, failed: 0 });
    expect(workflow.started).toEqual([]);
  });

  it('when an old submitted inquiry’s review had started already, it is counted as already started, not as started', async () => {
    // Prepare
    const inquiry = storedAgo(30);
    await inquiries.create(inquiry);
    await workflow.start(inquiry.reference);
    // Act
    const reconciliation = await reconcile();
    // Assess
    expect(reconciliation).toEqual({ found: 1, started: 0, alreadyStarted: 1, failed: 0 });
  });

  it('when a section holds more submitted inquiries than a page, every page is read and each inquiry started once', async () => {
    // Prepare
    const many = Array.from({ length: 450 }, (_, i) => storedAgo(20 + i));
    for (const inquiry of many) await inquiries.create(inquiry);
    // Act
    const reconciliation = await reconcile();
    // Assess
    expect(reconciliation).toEqual({ found: 450, started: 450, alreadyStarted: 0, failed: 0 });
    expect(new Set(workflow.started).size).toBe(450);
  });

  it('when a start fails, the others are still started, then the run fails naming how many, and a later run starts what is left', async () => {
    // Prepare
    const [first, second, third] = [storedAgo(30), storedAgo(40), storedAgo(50)];
    for (const inquiry of [first!, second!, third!]) await inquiries.create(inquiry);
    const started: Reference[] = [];
    let calls = 0;
    const failing: ReviewStarter = {
      start: async (reference) => {
        if (++calls === 2) throw new ReviewStartFailed('throttled');
        started.push(reference);
        return 'started';
      },
    };
    // Act
    const failure = await reconcile(failing).catch((error: unknown) => error);
    const rerun = await reconcile();
    // Assess
    expect(failure).toBeInstanceOf(ReviewStartFailed);
    expect((failure as Error).message).toBe('1 of 3 reviews could not be started (2 started)');
    expect((failure as Error).cause).toEqual(new ReviewStartFailed('throttled'));
    expect(started).toHaveLength(2);
    expect(rerun.found).toBe(3);
    expect(new Set([...started, ...workflow.started])).toEqual(
      new Set([first!.reference, second!.reference, third!.reference]),
    );
  });
});
