import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { riyadhToday } from '../../../../functions/domain/shared/calendar-date.js';
import { toRiyadhIso, WorkingCalendar } from '../../../../functions/domain/shared/working-calendar.js';

const deadline = (calendar: WorkingCalendar, submittedAt: string) =>
  toRiyadhIso(calendar.addWorkingDays(new Date(submittedAt), 7));

describe('Saudi working calendar', () => {
  it('when submitted on a Sunday morning, the answer is due at the end of the next Tuesday but one', () => {
    // 2026-11-22 is a Sunday; Mon–Thu, then Sun–Tue after the Friday–Saturday weekend.
    expect(deadline(new WorkingCalendar(), '2026-11-22T06:00:00Z')).toBe('2026-12-01T23:59:59.999+03:00');
  });

  it('when submitted on a Friday, the weekend does not count', () => {
    // 2026-11-27 is a Friday: Sun 29, Mon 30, Tue 1, Wed 2, Thu 3, Sun 6, Mon 7.
    expect(deadline(new WorkingCalendar(), '2026-11-27T10:00:00Z')).toBe('2026-12-07T23:59:59.999+03:00');
  });

  it('when it is already the next day in Riyadh, the Riyadh date is the one that counts', () => {
    // 21:30 UTC on Wednesday 2026-11-25 is 00:30 on Thursday in Riyadh, so Thursday no longer counts.
    expect(deadline(new WorkingCalendar(), '2026-11-25T20:59:00Z')).toBe('2026-12-06T23:59:59.999+03:00');
    expect(deadline(new WorkingCalendar(), '2026-11-25T21:30:00Z')).toBe('2026-12-07T23:59:59.999+03:00');
  });

  it('when holidays fall inside the window, each of them pushes the deadline by a working day', () => {
    // Prepare
    const calendar = new WorkingCalendar(['2026-11-23', '2026-11-24']);
    // Act & Assess
    expect(deadline(calendar, '2026-11-22T06:00:00Z')).toBe('2026-12-03T23:59:59.999+03:00');
  });

  it('when the holiday list is read from the deployment, blanks are ignored and malformed dates refused', () => {
    expect(WorkingCalendar.fromList(' 2026-11-23 ,, ').isWorkingDay('2026-11-23')).toBe(false);
    expect(WorkingCalendar.fromList(undefined).isWorkingDay('2026-11-23')).toBe(true);
    expect(() => WorkingCalendar.fromList('23/11/2026')).toThrow(RangeError);
    // A date that does not exist would otherwise be read as another day (2026-02-30 as March 2nd).
    expect(() => WorkingCalendar.fromList('2026-02-30')).toThrow(RangeError);
  });

  it('when any instant and holidays are given, the deadline is the end of a working day with exactly 7 working days after submission', () => {
    const day = fc
      .integer({ min: 0, max: 3650 })
      .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2034-12-31'), noInvalidDate: true }),
        fc.uniqueArray(day, { maxLength: 40 }),
        (at, holidays) => {
          // Prepare
          const calendar = new WorkingCalendar(holidays);
          // Act
          const due = calendar.addWorkingDays(at, 7);
          // Assess
          const dueDay = riyadhToday(due);
          expect(calendar.isWorkingDay(dueDay)).toBe(true);
          expect(toRiyadhIso(due).endsWith('T23:59:59.999+03:00')).toBe(true);
          let counted = 0;
          for (let d = new Date(`${riyadhToday(at)}T00:00:00Z`); ; ) {
            d = new Date(d.getTime() + 86_400_000);
            const iso = d.toISOString().slice(0, 10);
            if (calendar.isWorkingDay(iso)) counted++;
            if (iso === dueDay) break;
          }
          expect(counted).toBe(7);
        },
      ),
      { numRuns: 300 },
    );
  });
});
