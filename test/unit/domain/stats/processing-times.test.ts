import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES, sectionOf } from '../../../../functions/domain/inquiries/categories.js';
import { WORKING_DAY_BUCKETS, WORKING_DAY_LIMIT } from '../../../../functions/domain/stats/day-counts.js';
import {
  MINIMUM_DECISIONS,
  PROCESSING_TIMES_WINDOW_DAYS,
  processingTimes,
  processingTimesWindow,
  typicalWorkingDays,
} from '../../../../functions/domain/stats/processing-times.js';
import { dayItem, histogram } from '../../../support/in-memory-stats-reader.js';

const WINDOW = { from: '2026-06-04', to: '2026-11-30' };
const COMPUTED_AT = new Date('2026-11-30T23:30:00Z');

/** A day item of GENERAL_INQUIRY whose first decisions took the working days given, one decision each. */
const decidedOn = (
  day: string,
  workingDays: number[],
  category: (typeof CATEGORY_CODES)[number] = 'GENERAL_INQUIRY',
) => {
  const counts: Record<number, number> = {};
  for (const days of workingDays) {
    const bucket = Math.min(days, WORKING_DAY_LIMIT + 1);
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  return dayItem(day, category, { workingDays: histogram(WORKING_DAY_BUCKETS, counts) });
};

const typeOf = (times: ReturnType<typeof processingTimes>, category: string) =>
  times.requestTypes.find((type) => type.category === category);

describe('published processing times', () => {
  it('when computed at 02:30 in Riyadh, the window is the 180 complete days ending yesterday', () => {
    // Prepare: 2026-12-01 02:30 in Riyadh
    const now = new Date('2026-11-30T23:30:00Z');
    // Act
    const window = processingTimesWindow(now);
    // Assess
    expect(window).toEqual({ from: '2026-06-04', to: '2026-11-30' });
    expect(PROCESSING_TIMES_WINDOW_DAYS).toBe(180);
  });

  it('when a type has 40 first decisions, it publishes the working days within which 80 % were decided, and on how many that rests', () => {
    // Prepare: 32 within 3 working days, 8 took 9
    const days = [
      decidedOn('2026-10-01', [...new Array(20).fill(2), ...new Array(12).fill(3)]),
      decidedOn('2026-10-02', new Array(8).fill(9)),
    ];
    // Act
    const times = processingTimes(days, WINDOW, COMPUTED_AT);
    // Assess
    expect(typeOf(times, 'GENERAL_INQUIRY')).toEqual({
      category: 'GENERAL_INQUIRY',
      section: 'GENERAL',
      basedOn: 40,
      withinWorkingDays: { atMost: 3 },
    });
    expect(times.computedAt).toBe('2026-11-30T23:30:00.000Z');
    expect(times.window).toEqual(WINDOW);
  });

  it('when a type has fewer than 30 first decisions, it says so instead of a number', () => {
    // Prepare
    const days = [decidedOn('2026-10-01', new Array(MINIMUM_DECISIONS - 1).fill(2))];
    // Act
    const times = processingTimes(days, WINDOW, COMPUTED_AT);
    // Assess
    expect(typeOf(times, 'GENERAL_INQUIRY')).toEqual({
      category: 'GENERAL_INQUIRY',
      section: 'GENERAL',
      basedOn: 29,
      insufficientData: true,
    });
  });

  it('when exactly 30 were decided, a number is published', () => {
    // Prepare
    const days = [decidedOn('2026-10-01', new Array(MINIMUM_DECISIONS).fill(4))];
    // Act
    const times = processingTimes(days, WINDOW, COMPUTED_AT);
    // Assess
    expect(typeOf(times, 'GENERAL_INQUIRY')).toMatchObject({ basedOn: 30, withinWorkingDays: { atMost: 4 } });
  });

  it('when 80 % took longer than the histogram’s limit, it says more than 30 working days', () => {
    // Prepare
    const days = [decidedOn('2026-10-01', [...new Array(5).fill(1), ...new Array(35).fill(45)])];
    // Act
    const times = processingTimes(days, WINDOW, COMPUTED_AT);
    // Assess
    expect(typeOf(times, 'GENERAL_INQUIRY')).toMatchObject({ withinWorkingDays: { moreThan: 30 } });
  });

  it('when no day items exist, every request type is listed with its section and too little data', () => {
    // Act
    const times = processingTimes([], WINDOW, COMPUTED_AT);
    // Assess
    expect(times.requestTypes.map((type) => type.category)).toEqual(CATEGORY_CODES);
    for (const type of times.requestTypes) {
      expect(type).toEqual({
        category: type.category,
        section: sectionOf(type.category),
        basedOn: 0,
        insufficientData: true,
      });
    }
  });

  it('when day items lie outside the window, they are not counted', () => {
    // Prepare
    const days = [decidedOn('2026-06-03', new Array(40).fill(1)), decidedOn('2026-12-01', new Array(40).fill(1))];
    // Act
    const times = processingTimes(days, WINDOW, COMPUTED_AT);
    // Assess
    expect(typeOf(times, 'GENERAL_INQUIRY')).toMatchObject({ basedOn: 0, insufficientData: true });
  });

  it('when two types are decided, each is read from its own decisions only', () => {
    // Prepare
    const days = [
      decidedOn('2026-10-01', new Array(30).fill(1), 'VISA_EXTENSION'),
      decidedOn('2026-10-01', new Array(30).fill(6), 'EXIT_REENTRY_VISA'),
    ];
    // Act
    const times = processingTimes(days, WINDOW, COMPUTED_AT);
    // Assess
    expect(typeOf(times, 'VISA_EXTENSION')).toMatchObject({ section: 'VISAS', withinWorkingDays: { atMost: 1 } });
    expect(typeOf(times, 'EXIT_REENTRY_VISA')).toMatchObject({ section: 'VISAS', withinWorkingDays: { atMost: 6 } });
  });

  it('for any decisions spread over the window’s days, the figure is the 80th nearest-rank percentile of the durations, and basedOn their number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ offset: fc.integer({ min: 0, max: 179 }), days: fc.integer({ min: 0, max: 40 }) }), {
          maxLength: 200,
        }),
        (decisions) => {
          // Prepare
          const items = decisions.map(({ offset, days }) =>
            decidedOn(
              new Date(Date.parse(`${WINDOW.from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10),
              [days],
            ),
          );
          // Act
          const type = typeOf(processingTimes(items, WINDOW, COMPUTED_AT), 'GENERAL_INQUIRY');
          // Assess
          expect(type?.basedOn).toBe(decisions.length);
          if (decisions.length < MINIMUM_DECISIONS) {
            expect(type).toMatchObject({ insufficientData: true });
            return;
          }
          const sorted = decisions.map(({ days }) => days).sort((a, b) => a - b);
          const p80 = sorted[Math.ceil((80 * sorted.length) / 100) - 1]!;
          expect(type).toMatchObject({
            withinWorkingDays: p80 > WORKING_DAY_LIMIT ? { moreThan: WORKING_DAY_LIMIT } : { atMost: p80 },
          });
        },
      ),
    );
  });
});

describe('the working days a new inquiry typically waits', () => {
  it('when its type has a published number, it is that number; otherwise there is none', () => {
    // Prepare
    const times = processingTimes(
      [
        decidedOn('2026-10-01', new Array(30).fill(5)),
        decidedOn('2026-10-01', new Array(30).fill(45), 'VISA_EXTENSION'),
      ],
      WINDOW,
      COMPUTED_AT,
    );
    // Act / Assess
    expect(typicalWorkingDays(times, 'GENERAL_INQUIRY')).toBe(5);
    expect(typicalWorkingDays(times, 'VISA_EXTENSION')).toBeUndefined();
    expect(typicalWorkingDays(times, 'PROFESSION_CHANGE')).toBeUndefined();
    expect(typicalWorkingDays(undefined, 'GENERAL_INQUIRY')).toBeUndefined();
  });
});
