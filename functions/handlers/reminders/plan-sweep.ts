import { systemClock } from '../../adapters/shared/system-clock.js';
import { ENVIRONMENT } from '../../contract/environment.js';
import type { Clock } from '../../domain/shared/clock.js';
import { parseLeadDays } from '../../domain/reminders/reminder-schedule.js';
import { type SweepRequest, planSweep } from '../../domain/reminders/plan-sweep.js';

/** The sweep's first step: the day to sweep and its batches, one per lead time and index shard. */
export const createHandler = (deps: { clock: Clock; leadDays: number[] }) => async (request: SweepRequest) => planSweep(request, deps.clock(), deps.leadDays);

export const handler = createHandler({ clock: systemClock, leadDays: parseLeadDays(process.env[ENVIRONMENT.reminderLeadDays]) });
