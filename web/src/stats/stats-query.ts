import type { Schema } from '../shared/api/api-client.js';

export type Section = Schema<'QueueItem'>['section'];

/** How the figures are cut over time: the API counts per day or week; a month is added up from its days. */
export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** The statistics' window and cut, as the address says it, so that a reload or a shared link shows the same. */
export interface StatsQuery {
  /** Left out: every section (supervisors only). */
  section?: Section;
  from: string;
  to: string;
  period: Period;
}

/** The longest window the API reads, both days included. */
export const MAX_WINDOW_DAYS = 366;
const DEFAULT_WINDOW_DAYS = 30;
const DAY = 86_400_000;
const RIYADH_OFFSET = 3 * 3_600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayNumber = (date: string): number | undefined => {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(time).toISOString().slice(0, 10) === date ? time / DAY : undefined;
};

const dateOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** `date` moved by `days` (negative: back). */
export const addDays = (date: string, days: number): string => dateOf((dayNumber(date) ?? 0) + days);

/** The calendar day in Riyadh (UTC+3 all year) at `now`. */
export const riyadhDay = (now: Date): string => new Date(now.getTime() + RIYADH_OFFSET).toISOString().slice(0, 10);

/** Days from `from` to `to`, both included; undefined when either is not a real date. */
export const windowDays = (from: string, to: string): number | undefined => {
  const first = dayNumber(from);
  const last = dayNumber(to);
  return first === undefined || last === undefined ? undefined : last - first + 1;
};

/** Whether the API would read this window: real dates, `from` not after `to`, at most a year and a day. */
export const isReadableWindow = (from: string, to: string): boolean => {
  const days = windowDays(from, to);
  return days !== undefined && days >= 1 && days <= MAX_WINDOW_DAYS;
};

/**
 * Reads the address's query, falling back for what is missing or wrong: the last 30 days to
 * `today`, per day, and the section the viewer may read (`sections` empty: a supervisor, who may
 * read all; one or more: a reviewer, whose first section is read unless another of theirs is named).
 */
export const statsQueryOf = (search: string, today: string, sections: readonly string[]): StatsQuery => {
  const params = new URLSearchParams(search);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const period = params.get('period');
  const section = params.get('section');
  const window = isReadableWindow(from, to)
    ? { from, to }
    : { from: addDays(today, 1 - DEFAULT_WINDOW_DAYS), to: today };
  const allowed =
    sections.length === 0 ? section !== null && section !== '' : section !== null && sections.includes(section);
  const chosen = allowed ? (section as Section) : (sections[0] as Section | undefined);
  return {
    ...(chosen ? { section: chosen } : {}),
    ...window,
    period: (PERIODS as readonly unknown[]).includes(period) ? (period as Period) : 'day',
  };
};

/** The address of the statistics at `query`. */
export const statsHref = (query: StatsQuery): string => {
  const params = new URLSearchParams({
    ...(query.section ? { section: query.section } : {}),
    from: query.from,
    to: query.to,
    period: query.period,
  });
  return `/statistics?${params.toString()}`;
};
