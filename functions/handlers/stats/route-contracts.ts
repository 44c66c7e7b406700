import * as v from 'valibot';
import { CATEGORY_CODES, SECTION_CODES } from '../../domain/inquiries/categories.js';
import { daysBetween } from '../../domain/shared/calendar-date.js';
import { HOUR_BOUNDS, WORKING_DAY_LIMIT } from '../../domain/stats/day-counts.js';
import { RISING } from '../../domain/stats/rising-request-types.js';
import { GROUPINGS, MAX_WINDOW_DAYS, STATS_FIRST_DAY, STATS_LAST_DAY } from '../../domain/stats/stats-window.js';
import { ANYONE, type RouteContracts } from '../../http/route-contract.js';
import { calendarDate } from '../../http/validation.js';
import { ProcessingTimesSchema } from './processing-times-representation.js';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const share = (description: string) =>
  v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1), v.description(description)));

const DurationBound = v.nullable(
  v.pipe(
    v.union([
      v.object({ atMost: v.pipe(v.number(), v.description('Within this many (working days or hours).')) }),
      v.object({ moreThan: v.pipe(v.number(), v.description('Longer than the longest bucket counted.')) }),
    ]),
    v.title('DurationBound'),
    v.description(
      `A percentile of processing times (submission to first decision): in working days exact up to ${WORKING_DAY_LIMIT}, else \`{"moreThan": ${WORKING_DAY_LIMIT}}\`; in hours the upper bound of the bucket it falls in (${HOUR_BOUNDS.join(', ')}), else \`{"moreThan": ${HOUR_BOUNDS.at(-1)}}\`. null when nothing was decided.`,
    ),
  ),
);

/**
 * The figures of a window or of one group of it. A group is one object holding its key beside
 * them rather than an intersection of two: a client (or a test) that closes each object schema to
 * the properties it names could never accept an `allOf` of two closed objects.
 */
const FIGURES = {
  submitted: count,
  submittedByEstablishments: v.pipe(
    count,
    v.description(
      'Of `submitted`, those establishments filed for their employees; the rest residents filed themselves.',
    ),
  ),
  decided: v.object({ accepted: count, rejected: count }),
  closed: v.object({ NO_RESPONSE: count }),
  appeals: v.object({ filed: count, overturned: count, upheld: count }),
  slaBreaches: v.pipe(
    count,
    v.description('Inquiries that passed their response deadline, on the day they passed it.'),
  ),
  needsInfoRounds: count,
  ratings: v.object({
    count,
    sum: count,
    distribution: v.object({ '1': count, '2': count, '3': count, '4': count, '5': count }),
  }),
  processingTime: v.object({
    basedOn: v.pipe(count, v.description('First decisions the percentiles are read from.')),
    medianWorkingDays: DurationBound,
    p80WorkingDays: DurationBound,
    medianHours: DurationBound,
    p80Hours: DurationBound,
  }),
  slaBreachRate: v.nullable(
    v.pipe(
      v.number(),
      v.minValue(0),
      v.description(
        'SLA breaches divided by first decisions (accepted + rejected) in the same days; it may exceed 1 in a window of many breaches and few decisions. null without decisions.',
      ),
    ),
  ),
  appealOverturnRate: share(
    'Appeals overturned divided by appeals decided (overturned + upheld); null without appeal decisions.',
  ),
  csat: share('Share of ratings that are 4 or 5; null without ratings.'),
};

const Figures = v.pipe(v.object(FIGURES), v.title('StatsFigures'));

export const ROUTE_CONTRACTS = {
  GetReviewStats: {
    summary: "The directorate's review statistics",
    description: `Volumes, rates, processing times and the backlog of a window of days (Riyadh time), by day, week or request type, with the request types rising most. Counts and durations only: nothing about any resident. Read from counters kept per day as inquiries change, never from the inquiries themselves.

A supervisor may leave \`section\` out for every section. A reviewer reads only their own sections, and names one when they have several; another section is 403 \`forbidden\` (section codes are public, so refusing says nothing a caller could not know).

Weeks start on Sunday and are named by that day; the first and last may be cut by the window. Rising request types compare the submissions of the 7 days ending with \`to\` (or yesterday, when \`to\` is today or later) with the average week of the ${RISING.previousWeeks} weeks before: growth = (last week − average) / max(average, 1), for types with at least ${RISING.minimumLastWeek} submissions last week, at most ${RISING.top}.`,
    roles: ['reviewer', 'supervisor'],
    query: v.pipe(
      v.strictObject({
        section: v.optional(
          v.pipe(
            v.picklist(SECTION_CODES),
            v.description('The section; left out, every section (supervisors) or the reviewer’s only one.'),
          ),
        ),
        from: v.pipe(
          calendarDate(),
          v.description(`The window’s first day, in Riyadh: from ${STATS_FIRST_DAY} to ${STATS_LAST_DAY}.`),
        ),
        to: v.pipe(
          calendarDate(),
          v.description(
            `The window’s last day, in Riyadh: not before \`from\`, at most ${MAX_WINDOW_DAYS} days in all, and not after ${STATS_LAST_DAY}.`,
          ),
        ),
        groupBy: v.optional(v.picklist(GROUPINGS), 'day'),
      }),
      v.forward(
        v.check(({ from }) => from >= STATS_FIRST_DAY && from <= STATS_LAST_DAY, 'window_out_of_range'),
        ['from'],
      ),
      v.forward(
        v.check(({ to }) => to >= STATS_FIRST_DAY && to <= STATS_LAST_DAY, 'window_out_of_range'),
        ['to'],
      ),
      v.forward(
        v.check(({ from, to }) => daysBetween(from, to) >= 0, 'window_ends_before_start'),
        ['to'],
      ),
      v.forward(
        v.check(({ from, to }) => daysBetween(from, to) < MAX_WINDOW_DAYS, 'window_too_long'),
        ['to'],
      ),
    ),
    success: {
      status: 200,
      description: 'The window’s figures.',
      schema: v.pipe(
        v.object({
          section: v.pipe(v.nullable(v.picklist(SECTION_CODES)), v.description('The section read; null for all.')),
          from: v.string(),
          to: v.string(),
          groupBy: v.picklist(GROUPINGS),
          groups: v.array(
            v.pipe(
              v.object({
                key: v.pipe(
                  v.string(),
                  v.description('The day, the week’s Sunday (YYYY-MM-DD), or the request type’s code.'),
                ),
                ...FIGURES,
              }),
              v.title('StatsGroup'),
            ),
          ),
          totals: Figures,
          backlog: v.object({
            open: v.pipe(count, v.description('Open now.')),
            overdue: v.pipe(count, v.description('Open now and past the response deadline.')),
          }),
          risingRequestTypes: v.array(
            v.object({
              category: v.picklist(CATEGORY_CODES),
              lastWeek: count,
              previousFourWeekAverage: v.pipe(v.number(), v.minValue(0)),
              growth: v.number(),
            }),
          ),
        }),
        v.title('ReviewStats'),
      ),
    },
    problems: [],
  },
  GetProcessingTimes: {
    summary: 'Read the published processing times',
    description:
      'How long each request type takes, as the directorate publishes it: per request type and section, the working days within which 80 % of the inquiries first decided in the last 180 days were decided, and how many decisions that rests on; a type with fewer than 30 says so instead of a number. Computed once a day from counts alone; before the first computation there are no figures yet. Answers may be cached for an hour.',
    roles: ANYONE,
    success: { status: 200, description: 'The published figures.', schema: ProcessingTimesSchema },
    problems: [],
  },
} as const satisfies RouteContracts;
