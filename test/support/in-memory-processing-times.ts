import type { ProcessingTimesPublisher, PublishedProcessingTimes } from '../../functions/domain/stats/ports.js';
import type { ProcessingTimes } from '../../functions/domain/stats/processing-times.js';

/** The published snapshot held in memory: what was published last, counting the reads. */
export class InMemoryProcessingTimes implements PublishedProcessingTimes, ProcessingTimesPublisher {
  reads = 0;

  constructor(public times?: ProcessingTimes) {}

  async latest() {
    this.reads += 1;
    return this.times;
  }

  async publish(times: ProcessingTimes) {
    this.times = times;
  }
}
