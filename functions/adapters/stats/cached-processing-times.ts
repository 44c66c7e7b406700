import type { Clock } from '../../domain/shared/clock.js';
import type { PublishedProcessingTimes } from '../../domain/stats/ports.js';
import type { ProcessingTimes } from '../../domain/stats/processing-times.js';

/**
 * The snapshot changes once a day: a container keeps what it read for a while, so that a burst of
 * submissions costs one read, not one per inquiry. "Not published yet" is kept too, for the same time.
 */
export const PROCESSING_TIMES_CACHE_MS = 15 * 60 * 1000;

/**
 * Published processing times read through, then reused until PROCESSING_TIMES_CACHE_MS has passed
 * on the clock. The figures are a courtesy to whoever reads them beside their deadline: a failed
 * read is reported and answers what was kept before (or nothing), and the next call reads again.
 */
export class CachedProcessingTimes implements PublishedProcessingTimes {
  #kept?: { at: number; times: ProcessingTimes | undefined };

  constructor(
    private readonly source: PublishedProcessingTimes,
    private readonly clock: Clock,
    private readonly unavailable: (error: unknown) => void,
  ) {}

  async latest(): Promise<ProcessingTimes | undefined> {
    const now = this.clock().getTime();
    if (this.#kept && now - this.#kept.at < PROCESSING_TIMES_CACHE_MS) return this.#kept.times;
    try {
      const times = await this.source.latest();
      this.#kept = { at: now, times };
      return times;
    } catch (error) {
      this.unavailable(error);
      return this.#kept?.times;
    }
  }
}
