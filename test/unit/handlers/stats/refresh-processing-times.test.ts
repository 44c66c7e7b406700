import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES } from '../../../../functions/domain/inquiries/categories.js';
import { WORKING_DAY_BUCKETS } from '../../../../functions/domain/stats/day-counts.js';
import { createHandler } from '../../../../functions/handlers/stats/refresh-processing-times.js';
import { InMemoryProcessingTimes } from '../../../support/in-memory-processing-times.js';
import { dayItem, histogram, InMemoryStatsReader } from '../../../support/in-memory-stats-reader.js';

/** 2026-12-01 02:30 in Riyadh, when the schedule fires. */
const NOW = () => new Date('2026-11-30T23:30:00Z');

const setUp = () => {
  const stats = new InMemoryStatsReader([
    dayItem('2026-11-10', 'VISA_EXTENSION', { workingDays: histogram(WORKING_DAY_BUCKETS, { 2: 30, 5: 10 }) }),
  ]);
  const publisher = new InMemoryProcessingTimes();
  return { publisher, refresh: createHandler({ stats, publisher, clock: NOW }) };
};

describe('the daily refresh of the processing times', () => {
  it.each([
    ['the schedule’s payload', { scheduledTime: '2026-11-30T23:30:00Z' }],
    ['an empty payload, as an operator or the local runtime sends', {}],
  ])('when invoked with %s, it publishes the figures and answers what it published in counts', async (_, payload) => {
    // Prepare
    const { publisher, refresh } = setUp();
    // Act
    const summary = await refresh(payload);
    // Assess
    expect(summary).toEqual({
      computedAt: '2026-11-30T23:30:00.000Z',
      window: { from: '2026-06-04', to: '2026-11-30' },
      published: 1,
      insufficientData: CATEGORY_CODES.length - 1,
    });
    expect(publisher.times?.requestTypes).toContainEqual({
      category: 'VISA_EXTENSION',
      section: 'VISAS',
      basedOn: 40,
      withinWorkingDays: { atMost: 5 },
    });
  });
});
