/** Days before expiry a reminder goes out; the deployment may configure others. */
export const DEFAULT_LEAD_DAYS: readonly number[] = [30, 14, 7, 1];

/** The lead times a deployment may configure: whole days, from one day to a year ahead. */
export const LEAD_DAYS_RANGE = { min: 1, max: 366 } as const;

/**
 * Refuses a lead-time list with a day outside LEAD_DAYS_RANGE, naming those days: the synth checks the
 * configured list with it, so a bad one fails the deployment rather than the first sweep.
 */
export const checkLeadDays = (leadDays: readonly number[]): void => {
  const invalid = leadDays.filter(
    (days) => !Number.isInteger(days) || days < LEAD_DAYS_RANGE.min || days > LEAD_DAYS_RANGE.max,
  );
  if (invalid.length > 0) {
    throw new RangeError(
      `Reminder lead times must be whole days from ${LEAD_DAYS_RANGE.min} to ${LEAD_DAYS_RANGE.max}: ${invalid.join(', ')}`,
    );
  }
};
