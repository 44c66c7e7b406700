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

  describe('working days between two instants', () => {
    const between = (calendar: WorkingCalendar, from: string, to: string) =>
      calendar.workingDaysBetween(new Date(from), new Date(to));

    it('when decided on the day of submission, it took 0 working days, however many hours passed', () => {
      // 06:00 to 20:59 UTC on Sunday 2026-11-22 is 09:00 to 23:59 in Riyadh.
      expect(between(new WorkingCalendar(), '2026-11-22T06:00:00Z', '2026-11-22T20:59:00Z')).toBe(0);
    });

    it('when decided the next working day, it took 1, even if less than a day passed', () => {
      // 20:00 UTC Sunday is 23:00 in Riyadh; 05:00 UTC Monday is 08:00.
      expect(between(new WorkingCalendar(), '2026-11-22T20:00:00Z', '2026-11-23T05:00:00Z')).toBe(1);
    });

    it('when the weekend lies between, Friday and Saturday do not count, and a decision on them counts nothing', () => {
      // Thursday 2026-11-26 → Sunday 2026-11-29: only Sunday counts.
      expect(between(new WorkingCalendar(), '2026-11-26T06:00:00Z', '2026-11-29T06:00:00Z')).toBe(1);
      // Thursday → Saturday: nothing.
      expect(between(new WorkingCalendar(), '2026-11-26T06:00:00Z', '2026-11-28T06:00:00Z')).toBe(0);
    });

    it('when holidays lie between, they do not count', () => {
      // Prepare: Monday and Tuesday are holidays
      const calendar = new WorkingCalendar(['2026-11-23', '2026-11-24']);
      // Act & Assess: Sunday → next Sunday: Wed 25, Thu 26, Sun 29
      expect(between(calendar, '2026-11-22T06:00:00Z', '2026-11-29T06:00:00Z')).toBe(3);
      expect(between(new WorkingCalendar(), '2026-11-22T06:00:00Z', '2026-11-29T06:00:00Z')).toBe(5);
    });

    it('when the days are read, they are the days in Riyadh, not in UTC', () => {
      // 21:30 UTC on Wednesday 2026-11-25 is already Thursday in Riyadh: Thursday is not counted.
      expect(between(new WorkingCalendar(), '2026-11-25T21:30:00Z', '2026-11-29T06:00:00Z')).toBe(1);
      expect(between(new WorkingCalendar(), '2026-11-25T20:59:00Z', '2026-11-29T06:00:00Z')).toBe(2);
    });

    it('when the end is not after the start, it is 0', () => {
      expect(between(new WorkingCalendar(), '2026-11-29T06:00:00Z', '2026-11-22T06:00:00Z')).toBe(0);
    });

    it('when a deadline n working days after any instant is measured from that instant, it is n working days away', () => {
      const day = fc
        .integer({ min: 0, max: 3650 })
        .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
      fc.assert(
        fc.property(
          fc.date({ min: new Date('2025-01-01'), max: new Date('2034-12-31'), noInvalidDate: true }),
          fc.integer({ min: 0, max: 60 }),
          fc.uniqueArray(day, { maxLength: 40 }),
          (at, days, holidays) => {
            // Prepare
            const calendar = new WorkingCalendar(holidays);
            // Act
            const due = calendar.addWorkingDays(at, days);
            // Assess
            expect(calendar.workingDaysBetween(at, due)).toBe(days);
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
