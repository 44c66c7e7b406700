import { describe, expect, it } from 'vitest';
import type { Category } from '../../../../functions/domain/inquiries/categories.js';
import { addDays } from '../../../../functions/domain/shared/calendar-date.js';
import type { DailyStats } from '../../../../functions/domain/stats/day-counts.js';
import { risingRequestTypes } from '../../../../functions/domain/stats/rising-request-types.js';
import { dayItem } from '../../../support/in-memory-stats-reader.js';

const UP_TO = '2026-11-30';

/** A type's submissions: `lastWeek` on the last day, and `perPreviousWeek` in each of the four weeks before. */
const history = (category: Category, lastWeek: number, perPreviousWeek: number): DailyStats[] => [
  dayItem(UP_TO, category, { submitted: lastWeek }),
  ...[1, 2, 3, 4].map((week) => dayItem(addDays(UP_TO, -7 * week), category, { submitted: perPreviousWeek })),
];

describe('rising request types', () => {
  it('when a type’s last week exceeds its four-week average, its growth is measured against that average', () => {
    // Act
    const rising = risingRequestTypes(history('IQAMA_LATE_RENEWAL', 12, 4), UP_TO);
    // Assess
    expect(rising).toEqual([{ category: 'IQAMA_LATE_RENEWAL', lastWeek: 12, previousFourWeekAverage: 4, growth: 2 }]);
  });

  it('when the last week has fewer than 5 submissions, the type is noise, however fast it grew', () => {
    expect(risingRequestTypes(history('IQAMA_LATE_RENEWAL', 4, 0), UP_TO)).toEqual([]);
  });

  it('when a type is new (average below one), its growth is measured against one', () => {
    // Act
    const [rising] = risingRequestTypes(history('VISA_EXTENSION', 6, 0), UP_TO);
    // Assess
    expect(rising).toEqual({ category: 'VISA_EXTENSION', lastWeek: 6, previousFourWeekAverage: 0, growth: 6 });
  });

  it('when a type held steady or fell, it is not rising', () => {
    expect(
      risingRequestTypes([...history('VISA_EXTENSION', 8, 8), ...history('PROFESSION_CHANGE', 6, 9)], UP_TO),
    ).toEqual([]);
  });

  it('when more than five types grew, the five that grew most are named, most first', () => {
    // Prepare
    const days = [
      ...history('IQAMA_ISSUANCE_RENEWAL', 10, 8),
      ...history('IQAMA_LATE_RENEWAL', 20, 2),
      ...history('PERSONAL_DATA_CORRECTION', 10, 4),
      ...history('PROFESSION_CHANGE', 10, 6),
      ...history('EXIT_REENTRY_VISA', 30, 2),
      ...history('VISA_EXTENSION', 10, 5),
    ];
    // Act
    const rising = risingRequestTypes(days, UP_TO);
    // Assess
    expect(rising.map(({ category }) => category)).toEqual([
      'EXIT_REENTRY_VISA',
      'IQAMA_LATE_RENEWAL',
      'PERSONAL_DATA_CORRECTION',
      'VISA_EXTENSION',
      'PROFESSION_CHANGE',
    ]);
  });

  it('when submissions fall outside the five weeks ending with the last day, or after it, they do not count', () => {
    // Prepare: the first day of the horizon is 34 days before the last
    const days = [
      ...history('IQAMA_LATE_RENEWAL', 10, 0),
      dayItem(addDays(UP_TO, -34), 'IQAMA_LATE_RENEWAL', { submitted: 4 }),
      dayItem(addDays(UP_TO, -35), 'IQAMA_LATE_RENEWAL', { submitted: 1000 }),
      dayItem(addDays(UP_TO, 1), 'IQAMA_LATE_RENEWAL', { submitted: 1000 }),
      dayItem(addDays(UP_TO, -6), 'IQAMA_LATE_RENEWAL', { submitted: 2 }),
      dayItem(addDays(UP_TO, -7), 'IQAMA_LATE_RENEWAL', { submitted: 4 }),
    ];
    // Act
    const [rising] = risingRequestTypes(days, UP_TO);
    // Assess
    expect(rising).toMatchObject({ lastWeek: 12, previousFourWeekAverage: 2 });
  });
});
