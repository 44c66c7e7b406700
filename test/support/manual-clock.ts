import type { MovableClock } from '../../lib/local/virtual-clock.js';

/**
 * A clock that stands still at the instant a test chose until the test (or a timer) moves it, so
 * that what the code computes from "now" never depends on the day the suite runs.
 */
export class ManualClock implements MovableClock {
  #now: number;

  constructor(start: Date) {
    this.#now = start.getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  moveTo(at: Date): void {
    this.#now = Math.max(this.#now, at.getTime());
  }
}
