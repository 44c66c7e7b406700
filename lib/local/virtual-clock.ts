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

  constructor(private readonly file: string) {
    this.#offsetMs = existsSync(file)
      ? Number((JSON.parse(readFileSync(file, 'utf8')) as { offsetMs?: number }).offsetMs ?? 0)
      : 0;
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
