import { DAY_MS, HOUR_MS, RIYADH_OFFSET_MS } from '../shared/calendar-date.js';

/**
 * No SMS reaches a resident from 22:00 to 08:00 in Riyadh (UTC+3 all year): a message that falls
 * due then is held until the morning.
 */
export const QUIET_HOURS = { fromHour: 22, untilHour: 8 } as const;

/** When a message due at `at` may be sent: the next 08:00 in Riyadh if `at` is in the quiet hours, else none. */
export const quietUntil = (at: Date): Date | undefined => {
  const riyadhMs = at.getTime() + RIYADH_OFFSET_MS;
  const hour = Math.floor((riyadhMs % DAY_MS) / HOUR_MS);
  if (hour >= QUIET_HOURS.untilHour && hour < QUIET_HOURS.fromHour) return undefined;
  const riyadhMidnight = Math.floor(riyadhMs / DAY_MS) * DAY_MS;
  const morning = riyadhMidnight + QUIET_HOURS.untilHour * HOUR_MS + (hour >= QUIET_HOURS.fromHour ? DAY_MS : 0);
  return new Date(morning - RIYADH_OFFSET_MS);
};
