import { describe, expect, it } from 'vitest';
import { SECTION_CODES } from '../../../../functions/domain/inquiries/categories.js';
import type { ProcessingTimesPublisher } from '../../../../functions/domain/stats/ports.js';
import type { ProcessingTimes } from '../../../../functions/domain/stats/processing-times.js';
import { refreshProcessingTimes } from '../../../../functions/domain/stats/refresh-processing-times.js';
import { dayItem, InMemoryStatsReader } from '../../../support/in-memory-stats-reader.js';

/** 2026-12-01 02:30 in Riyadh. */
const NOW = () => new Date('2026-11-30T23:30:00Z');

class RecordingPublisher implements ProcessingTimesPublisher {
  published: ProcessingTimes[] = [];
  async publish(times: ProcessingTimes) {
    this.published.push(times);
  }
}

describe('refreshing the published processing times', () => {
  it('when run, it reads each section’s day items of the 180 days ending yesterday once, and publishes what they give', async () => {
    // Prepare
    const stats = new InMemoryStatsReader([dayItem('2026-11-30', 'GENERAL_INQUIRY', { submitted: 1 })]);
    const publisher = new RecordingPublisher();
    // Act
    const times = await refreshProcessingTimes({ stats, publisher, clock: NOW });
    // Assess
    expect(stats.reads).toEqual(
      SECTION_CODES.map((section) => ({ section, from: '2026-06-04', to: '2026-11-30', what: 'days' })),
    );
    expect(publisher.published).toEqual([times]);
    expect(times).toMatchObject({
      computedAt: '2026-11-30T23:30:00.000Z',
      window: { from: '2026-06-04', to: '2026-11-30' },
    });
  });
});
