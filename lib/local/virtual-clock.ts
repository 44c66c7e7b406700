import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ENVIRONMENT } from '../../functions/contract/environment.js';

/** A clock that timers can be driven by: read it, or move it forward to an instant. */
export interface MovableClock {
  now(): Date;
  /** Moves time forward to `at`; an instant in the past changes nothing. */
  moveTo(at: Date): void;
}

/**
 * The local runtime's time: the real time plus an offset that only grows. The offset lives in the
 * environment the in-process handlers read their clock from, and in a file, so that a restart
 * does not turn time back and refire timers.
 */
export class VirtualClock implements MovableClock {
  #offsetMs: number;

  /**
   * `startAt` sets a new data folder's time (an instant ahead of the real one; e.g. a morning, for
   * a test that must not fall in the quiet hours). It is where time begins, not a move: no timer
   * or schedule fires for the time skipped. A folder that has a clock keeps its own.
   */
  constructor(
    private readonly file: string,
    startAt?: Date,
  ) {
    this.#offsetMs = existsSync(file)
      ? Number((JSON.parse(readFileSync(file, 'utf8')) as { offsetMs?: number }).offsetMs ?? 0)
      : Math.max(0, (startAt?.getTime() ?? 0) - Date.now());
    this.#publish();
  }

  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  moveTo(at: Date): void {
    const offset = at.getTime() - Date.now();
    if (offset <= this.#offsetMs) return;
    this.#offsetMs = offset;
    this.#publish();
  }

  #publish() {
    process.env[ENVIRONMENT.localClockOffsetMs] = String(this.#offsetMs);
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ offsetMs: this.#offsetMs }));
  }
}
