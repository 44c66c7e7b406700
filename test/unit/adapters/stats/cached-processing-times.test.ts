import { describe, expect, it } from 'vitest';
import {
  CachedProcessingTimes,
  PROCESSING_TIMES_CACHE_MS,
} from '../../../../functions/adapters/stats/cached-processing-times.js';
import type { ProcessingTimes } from '../../../../functions/domain/stats/processing-times.js';
import { InMemoryProcessingTimes } from '../../../support/in-memory-processing-times.js';

const TIMES: ProcessingTimes = {
  computedAt: '2026-11-21T23:30:00.000Z',
  window: { from: '2026-05-25', to: '2026-11-21' },
  requestTypes: [],
};

const setUp = (times?: ProcessingTimes) => {
  let now = Date.parse('2026-11-22T06:00:00Z');
  const source = new InMemoryProcessingTimes(times);
  const failures: unknown[] = [];
  const cached = new CachedProcessingTimes(
    source,
    () => new Date(now),
    (error) => failures.push(error),
  );
  return { source, cached, failures, advance: (ms: number) => (now += ms) };
};

describe('the published processing times kept per container', () => {
  it('when read again within 15 minutes on the clock, the snapshot is not read again', async () => {
    // Prepare
    const { source, cached, advance } = setUp(TIMES);
    await cached.latest();
    advance(PROCESSING_TIMES_CACHE_MS - 1);
    // Act
    const times = await cached.latest();
    // Assess
    expect(times).toEqual(TIMES);
    expect(source.reads).toBe(1);
  });

  it('when 15 minutes have passed, it reads the snapshot again and answers what is published now', async () => {
    // Prepare
    const { source, cached, advance } = setUp(undefined);
    expect(await cached.latest()).toBeUndefined();
    source.times = TIMES;
    advance(PROCESSING_TIMES_CACHE_MS);
    // Act
    const times = await cached.latest();
    // Assess
    expect(times).toEqual(TIMES);
    expect(source.reads).toBe(2);
  });

  it('when a read fails, it reports the error, answers what it kept, and reads again next time', async () => {
    // Prepare
    const { source, cached, failures, advance } = setUp(TIMES);
    await cached.latest();
    advance(PROCESSING_TIMES_CACHE_MS);
    const failure = new Error('throttled');
    source.latest = () => Promise.reject(failure);
    // Act
    const kept = await cached.latest();
    const again = await cached.latest();
    // Assess
    expect(kept).toEqual(TIMES);
    expect(again).toEqual(TIMES);
    expect(failures).toEqual([failure, failure]);
  });

  it('when the first read fails, it answers nothing rather than failing', async () => {
    // Prepare
    const { source, cached, failures } = setUp(TIMES);
    source.latest = () => Promise.reject(new Error('unavailable'));
    // Act, Assess
    await expect(cached.latest()).resolves.toBeUndefined();
    expect(failures).toHaveLength(1);
  });
});
