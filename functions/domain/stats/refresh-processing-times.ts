import { SECTION_CODES } from '../inquiries/categories.js';
import type { Clock } from '../shared/clock.js';
import type { ProcessingTimesPublisher, StatsReader } from './ports.js';
import { type ProcessingTimes, processingTimes, processingTimesWindow } from './processing-times.js';

export interface RefreshProcessingTimesDeps {
  stats: StatsReader;
  publisher: ProcessingTimesPublisher;
  clock: Clock;
}

/**
 * Computes the published processing times afresh from the window's day items (one read per
 * section, whatever the number of inquiries) and publishes them in place of the last ones.
 */
export const refreshProcessingTimes = async (deps: RefreshProcessingTimesDeps): Promise<ProcessingTimes> => {
  const now = deps.clock();
  const window = processingTimesWindow(now);
  const days = await Promise.all(
    SECTION_CODES.map((section) => deps.stats.dailyStats(section, window.from, window.to)),
  );
  const times = processingTimes(days.flat(), window, now);
  await deps.publisher.publish(times);
  return times;
};
