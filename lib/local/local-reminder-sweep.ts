import { randomUUID } from 'node:crypto';
import type { SweepRequest } from '../../functions/domain/reminders/plan-sweep.js';
import type { SweepSummary } from '../../functions/domain/reminders/summarize-sweep.js';
import type { LocalStepFunctions } from './local-step-functions.js';

/** What `POST /local/reminders/run` answers: the day's counts. */
export interface ReminderRun {
  date: string;
  due: number;
  sent: number;
  skipped: number;
  alreadyHandled: number;
  uncertain: number;
  /** Left unsent, for a later run, because the month's SMS budget would not cover them. */
  deferredForBudget: number;
  failedBatches: number;
  /** The establishments' digests: `due` those with documents due, each sent at most once a day. */
  digests: {
    due: number;
    sent: number;
    alreadyHandled: number;
    uncertain: number;
    deferredForBudget: number;
    failedBatches: number;
  };
}

/**
 * The synthesized reminder sweep, run on demand or at the daily schedule's times. Runs are queued
 * one after another, as a single scheduled execution a day would be.
 */
export class LocalReminderSweep {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly engine: LocalStepFunctions) {}

  run(request: SweepRequest): Promise<ReminderRun> {
    const run = this.#queue.then(async () => {
      const summary = (await this.engine.execute(`sweep-${randomUUID()}`, request)) as SweepSummary;
      return {
        date: summary.sweepDate,
        due: summary.due,
        sent: summary.sent,
        skipped: summary.skipped,
        alreadyHandled: summary.alreadyHandled,
        uncertain: summary.uncertain,
        deferredForBudget: summary.deferredForBudget,
        failedBatches: summary.failedBatches,
        digests: {
          due: summary.digests.due,
          sent: summary.digests.sent,
          alreadyHandled: summary.digests.alreadyHandled,
          uncertain: summary.digests.uncertain,
          deferredForBudget: summary.digests.deferredForBudget,
          failedBatches: summary.digests.failedBatches,
        },
      };
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
