/** The longest window of days the statistics are asked for at once: a year, leap day included. */
export const MAX_WINDOW_DAYS = 366;

/** How a window's figures are broken down. */
export const GROUPINGS = ['day', 'week', 'requestType'] as const;
export type Grouping = (typeof GROUPINGS)[number];
