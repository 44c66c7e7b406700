import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES, sectionOf } from '../../../../functions/domain/inquiries/categories.js';
import { submitInquiry } from '../../../../functions/domain/inquiries/submit-inquiry.js';
import type { ProcessingTimes } from '../../../../functions/domain/stats/processing-times.js';
import { InMemoryProcessingTimes } from '../../../support/in-memory-processing-times.js';
import { submissionDeps } from '../../../support/submission-deps.js';

const resident = { id: 'resident-1', iqamaNumber: '2000000006', phone: '+966500000001', locale: 'en' as const };
/** Sunday 2026-11-22, 09:00 in Riyadh. */
const NOW = () => new Date('2026-11-22T06:00:00Z');

/** VISA_EXTENSION decided within 3 working days, EXIT_REENTRY_VISA beyond the limit, the rest too few. */
const PUBLISHED: ProcessingTimes = {
  computedAt: '2026-11-21T23:30:00.000Z',
  window: { from: '2026-05-25', to: '2026-11-21' },
  requestTypes: CATEGORY_CODES.map((category) => {
    const type = { category, section: sectionOf(category) };
    if (category === 'VISA_EXTENSION') return { ...type, basedOn: 90, withinWorkingDays: { atMost: 3 } };
    if (category === 'EXIT_REENTRY_VISA') return { ...type, basedOn: 60, withinWorkingDays: { moreThan: 30 } };
    return { ...type, basedOn: 2, insufficientData: true };
  }),
};

const depsWith = (times?: ProcessingTimes) => ({
  ...submissionDeps(NOW),
  processingTimes: new InMemoryProcessingTimes(times),
});

const submit = (
  deps: ReturnType<typeof depsWith>,
  category: 'VISA_EXTENSION' | 'EXIT_REENTRY_VISA' | 'GENERAL_INQUIRY',
  key?: string,
) => submitInquiry(deps, resident, { category, description: 'Please extend my visit visa.' }, key);

describe('the typical response date of a new inquiry', () => {
  it('when its type has a published figure, it is the submission plus that many working days, stored with the inquiry', async () => {
    // Prepare
    const deps = depsWith(PUBLISHED);
    // Act
    const { inquiry } = await submit(deps, 'VISA_EXTENSION');
    // Assess: Sunday + 3 working days = Wednesday, the end of that day in Riyadh
    expect(inquiry.typicalResponseBy).toBe('2026-11-25T23:59:59.999+03:00');
    expect(inquiry.expectedResponseBy).toBe('2026-12-01T23:59:59.999+03:00');
    expect(deps.inquiries.inquiries.get(inquiry.reference)?.typicalResponseBy).toBe('2026-11-25T23:59:59.999+03:00');
  });

  it('when its type had too few decisions, or took longer than the days counted one by one, it has none', async () => {
    // Prepare
    const deps = depsWith(PUBLISHED);
    // Act
    const few = await submit(deps, 'GENERAL_INQUIRY');
    const beyond = await submit(deps, 'EXIT_REENTRY_VISA');
    // Assess
    expect(few.inquiry).not.toHaveProperty('typicalResponseBy');
    expect(beyond.inquiry).not.toHaveProperty('typicalResponseBy');
  });

  it('when nothing was published yet, the inquiry is filed without one', async () => {
    // Prepare
    const deps = depsWith(undefined);
    // Act
    const { inquiry } = await submit(deps, 'VISA_EXTENSION');
    // Assess
    expect(inquiry).not.toHaveProperty('typicalResponseBy');
    expect(inquiry.status).toBe('SUBMITTED');
  });

  it('when a submission is replayed after new figures were published, it answers the date it was filed with, not one from the new figures', async () => {
    // Prepare
    const deps = depsWith(PUBLISHED);
    const first = await submit(deps, 'VISA_EXTENSION', 'key-1');
    deps.processingTimes.times = {
      ...PUBLISHED,
      requestTypes: PUBLISHED.requestTypes.map((type) =>
        type.category === 'VISA_EXTENSION' ? { ...type, withinWorkingDays: { atMost: 9 } } : type,
      ),
    };
    // Act
    const replay = await submit(deps, 'VISA_EXTENSION', 'key-1');
    // Assess
    expect(replay.replayed).toBe(true);
    expect(replay.inquiry.typicalResponseBy).toBe(first.inquiry.typicalResponseBy);
  });
});
