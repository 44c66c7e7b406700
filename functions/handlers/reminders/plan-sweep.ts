import { planSweep, type SweepRequest } from '../../domain/reminders/plan-sweep.js';
import type { Clock } from '../../domain/shared/clock.js';
import { clock } from '../../runtime/clock.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { settings } from '../../runtime/settings.js';

/** The sweep's first step: the day to sweep and its batches, one per lead time and index shard. */
export const createHandler = (deps: { clock: Clock; leadDays: number[] }) => async (request: SweepRequest) =>
  planSweep(request, deps.clock(), deps.leadDays);

export const handler = eventHandler(createHandler({ clock, leadDays: settings.reminderLeadDays() }));
