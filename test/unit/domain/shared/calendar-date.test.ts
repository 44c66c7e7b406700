import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isCalendarDate,
  riyadhToday,
  toHijri,
} from '../../../../functions/domain/shared/calendar-date.js';

/** Any real date from 1990 to 2100, built without the code under test. */
const aDate = fc
  .integer({ min: 0, max: 40_177 })
  .map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

describe('calendar dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-25', 7, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2027-01-01', -7, '2026-12-25'],
    ['2026-11-25', 0, '2026-11-25'],
  ])('when %s is moved by %i days, it is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-01-31', '2026-03-02', 30],
    ['2028-02-01', '2028-03-01', 29],
    ['2027-02-01', '2027-03-01', 28],
    ['2026-12-25', '2026-11-25', -30],
    ['2026-11-25', '2026-11-25', 0],
  ])('when counting from %s to %s, there are %i days between them', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-11-25', 6, '2027-05-25'],
    ['2026-11-25', 14, '2028-01-25'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('when %s is moved by %i months, it is %s: a day the month lacks becomes its last', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    '2027-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-01',
    '2026-01-1',
    '26-01-01',
    '2026-01-01T00:00:00Z',
    '',
    'not a date',
  ])('when %j is checked, it is not a calendar date', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it.each(['2028-02-29', '2000-02-29', '2026-12-31', '2026-01-01'])(
    'when %s is checked, it is a calendar date',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it('when any date is moved by any number of days, the result is a calendar date that many days away', () => {
    fc.assert(
      fc.property(aDate, fc.integer({ min: -3660, max: 3660 }), (date, days) => {
        // Act
        const moved = addDays(date, days);
        // Assess
        expect(isCalendarDate(moved)).toBe(true);
        expect(daysBetween(date, moved)).toBe(days);
      }),
      { numRuns: 500 },
    );
  });

  it('when any date is moved by any number of months, the result is a calendar date in the month that many months away', () => {
    fc.assert(
      fc.property(aDate, fc.integer({ min: -120, max: 120 }), (date, months) => {
        // Act
        const moved = addMonths(date, months);
        // Assess
        const [year, month, day] = date.split('-').map(Number) as [number, number, number];
        const [movedYear, movedMonth, movedDay] = moved.split('-').map(Number) as [number, number, number];
        expect(isCalendarDate(moved)).toBe(true);
        expect(movedYear * 12 + movedMonth - (year * 12 + month)).toBe(months);
        expect(movedDay).toBeLessThanOrEqual(day);
      }),
      { numRuns: 500 },
    );
  });

  it('when it is 21:00 UTC, it is already the next day in Riyadh (UTC+3); a millisecond before, it is not', () => {
    expect(riyadhToday(new Date('2026-11-24T21:00:00Z'))).toBe('2026-11-25');
    expect(riyadhToday(new Date('2026-11-24T20:59:59.999Z'))).toBe('2026-11-24');
  });

  // Checked against an independent Umm al-Qura table (hijri-converter, after KACST's calendar) and
  // the announced starts of Ramadan 1445–1447.
  it.each([
    ['2026-11-25', '1448-06-15'],
    ['2026-12-25', '1448-07-16'],
    ['2024-02-29', '1445-08-19'],
    ['2024-03-11', '1445-09-01'],
    ['2025-03-01', '1446-09-01'],
    ['2026-02-18', '1447-09-01'],
  ])('when %s is written in the Umm al-Qura calendar, it is %s', (date, hijri) => {
    expect(toHijri(date)).toBe(hijri);
  });
});
