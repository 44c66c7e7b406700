/**
 * The days statistics may be asked about: none were counted before the service began, and a
 * bound keeps every date of a window a four-digit year (past 9999-12-31 no day follows in ISO form).
 */
export const STATS_FIRST_DAY = '2020-01-01';
export const STATS_LAST_DAY = '2099-12-31';

/** The longest window of days the statistics are asked for at once: a year, leap day included. */
export const MAX_WINDOW_DAYS = 366;

/** How a window's figures are broken down. */
export const GROUPINGS = ['day', 'week', 'requestType'] as const;
export type Grouping = (typeof GROUPINGS)[number];
