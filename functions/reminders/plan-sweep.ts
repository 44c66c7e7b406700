import { systemClock } from '../adapters/clock.js';
import { ENVIRONMENT } from '../adapters/environment.js';
import type { Clock } from '../core/ports.js';
import { parseLeadDays } from '../core/documents/reminder-schedule.js';
import { type SweepRequest, planSweep } from '../core/documents/reminder-sweep.js';

/** The sweep's first step: the day to sweep and its batches, one per lead time and index shard. */
export const createHandler = (deps: { clock: Clock; leadDays: number[] }) => async (request: SweepRequest) => planSweep(request, deps.clock(), deps.leadDays);

export const handler = createHandler({ clock: systemClock, leadDays: parseLeadDays(process.env[ENVIRONMENT.reminderLeadDays]) });
