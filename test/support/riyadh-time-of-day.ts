import { DAY_MS, HOUR_MS, RIYADH_OFFSET_MS } from '../../functions/domain/shared/calendar-date.js';

/** The hour of the day in Riyadh at an ISO 8601 instant. */
export const riyadhHourOf = (at: string): number =>
  Math.floor(((Date.parse(at) + RIYADH_OFFSET_MS) % DAY_MS) / HOUR_MS);

/** The next instant after `now` at which it is `hour`:00 in Riyadh. */
export const nextRiyadhHour = (now: Date, hour: number): Date => {
  const riyadhMs = now.getTime() + RIYADH_OFFSET_MS;
  const today = Math.floor(riyadhMs / DAY_MS) * DAY_MS + hour * HOUR_MS;
  return new Date((today > riyadhMs ? today : today + DAY_MS) - RIYADH_OFFSET_MS);
};

/**
 * Where a test's clock starts: now, if hours of the Riyadh day are left before the quiet hours
 * (22:00), else the next 09:00 there — so that the SMS a test expects are not held for the
 * morning, on whatever day and at whatever hour the suite runs.
 */
export const daytimeStart = (now: Date): Date => {
  const hour = riyadhHourOf(now.toISOString());
  return hour >= 8 && hour < 16 ? now : nextRiyadhHour(now, 9);
};
