import * as v from 'valibot';
import { CATEGORIES, CATEGORY_CODES, SECTION_CODES, SECTIONS } from '../../domain/inquiries/categories.js';
import type { TextLocale } from '../../domain/shared/locale.js';
import { WORKING_DAY_LIMIT } from '../../domain/stats/day-counts.js';
import {
  MINIMUM_DECISIONS,
  PROCESSING_TIMES_WINDOW_DAYS,
  type ProcessingTimes,
  PUBLISHED_PERCENT,
} from '../../domain/stats/processing-times.js';

/**
 * Published to anyone, so that caches between the API and its readers may keep it: the figures
 * change once a day, and the same for every caller (in each language).
 */
export const PROCESSING_TIMES_SHARING = { 'cache-control': 'public, max-age=3600' } as const;

const count = (description: string) => v.pipe(v.number(), v.integer(), v.minValue(0), v.description(description));

const typeEntries = {
  category: v.picklist(CATEGORY_CODES),
  categoryName: v.pipe(v.string(), v.description("The request type's name in the caller's language.")),
  section: v.picklist(SECTION_CODES),
  sectionName: v.pipe(v.string(), v.description("The reviewing section's name in the caller's language.")),
  basedOn: count('First decisions of the window the figure rests on.'),
};

const RequestTypeTimeSchema = v.union([
  v.object({
    ...typeEntries,
    withinWorkingDays: v.pipe(
      v.union([
        v.object({ atMost: count(`Working days, from 0 to ${WORKING_DAY_LIMIT}.`) }),
        v.object({
          moreThan: count(`More working days than the ${WORKING_DAY_LIMIT} counted one by one.`),
        }),
      ]),
      v.description(
        `${PUBLISHED_PERCENT} % of the window's first decisions of this type were made within this many working days.`,
      ),
    ),
  }),
  v.object({
    ...typeEntries,
    insufficientData: v.pipe(
      v.literal(true),
      v.description(`Fewer than ${MINIMUM_DECISIONS} first decisions in the window: too few to publish a figure.`),
    ),
  }),
]);

export const ProcessingTimesSchema = v.pipe(
  v.object({
    computedAt: v.pipe(
      v.nullable(v.pipe(v.string(), v.isoTimestamp())),
      v.description(
        'When the figures were computed (daily); null before the first computation, when there are none yet.',
      ),
    ),
    window: v.pipe(
      v.nullable(v.object({ from: v.pipe(v.string(), v.isoDate()), to: v.pipe(v.string(), v.isoDate()) })),
      v.description(
        `The ${PROCESSING_TIMES_WINDOW_DAYS} days (in Riyadh, both included) whose first decisions were counted; null before the first computation.`,
      ),
    ),
    percent: v.pipe(v.literal(PUBLISHED_PERCENT), v.description('The share of first decisions the figures speak of.')),
    minimumDecisions: v.pipe(
      v.literal(MINIMUM_DECISIONS),
      v.description('The first decisions a type needs for a figure.'),
    ),
    requestTypes: v.pipe(
      v.array(RequestTypeTimeSchema),
      v.description('Every request type, each with its section; empty before the first computation.'),
    ),
  }),
  v.title('ProcessingTimes'),
);

/** The published figures in the caller's language: counts and durations only, nothing about anyone. */
export const processingTimesAnswer = (
  times: ProcessingTimes | undefined,
  locale: TextLocale,
): v.InferOutput<typeof ProcessingTimesSchema> => ({
  computedAt: times?.computedAt ?? null,
  window: times?.window ?? null,
  percent: PUBLISHED_PERCENT,
  minimumDecisions: MINIMUM_DECISIONS,
  requestTypes: (times?.requestTypes ?? []).map((type) => ({
    ...type,
    categoryName: CATEGORIES[type.category].name[locale],
    sectionName: SECTIONS[type.section][locale],
  })),
});
