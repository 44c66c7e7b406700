import { addDays, DAY_MS, isCalendarDate, RIYADH_OFFSET_MS, riyadhToday } from './calendar-date.js';

/** Saudi working days: Sunday to Thursday, less public holidays, counted in Asia/Riyadh. */
const FRIDAY = 5;
const SATURDAY = 6;

export const RESPONSE_WORKING_DAYS = 7;

export class WorkingCalendar {
  readonly #holidays: ReadonlySet<string>;

  constructor(holidays: Iterable<string> = []) {
    const list = [...holidays];
    // A real date only: 2026-02-30 would otherwise be read as 2026-03-02.
    const malformed = list.filter((day) => !isCalendarDate(day));
    if (malformed.length > 0) throw new RangeError(`Holidays must be ISO dates (YYYY-MM-DD): ${malformed.join(', ')}`);
    this.#holidays = new Set(list);
  }

  /** Reads the holiday list the deployment passes in, as comma-separated ISO dates. */
  static fromList(list: string | undefined): WorkingCalendar {
    return new WorkingCalendar(
      (list ?? '')
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean),
    );
  }

  isWorkingDay(isoDate: string): boolean {
    const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
    return weekday !== FRIDAY && weekday !== SATURDAY && !this.#holidays.has(isoDate);
  }

  /**
   * The end (23:59:59.999 Riyadh time) of the `days`-th working day after the day of `from`.
   * The day of submission never counts, even when it is a working day: a request sent at 23:50
   * on Sunday gets the same deadline as one sent at 08:00.
   */
  addWorkingDays(from: Date, days: number): Date {
    let date = riyadhToday(from);
    let counted = 0;
    while (counted < days) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) counted++;
    }
    return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS - 1 - RIYADH_OFFSET_MS);
  }

  /**
   * The working days from the day of `from` to the day of `to` (in Riyadh), counted as
   * addWorkingDays counts them: the day of `from` never, the day of `to` when it is a working day.
   * A decision on the day of submission took 0 working days; so does one made over a weekend.
   * 0 when `to` is not on a later day.
   */
  workingDaysBetween(from: Date, to: Date): number {
    const last = riyadhToday(to);
    let counted = 0;
    for (let date = addDays(riyadhToday(from), 1); date <= last; date = addDays(date, 1)) {
      if (this.isWorkingDay(date)) counted++;
    }
    return counted;
  }
}

/** An instant written with Riyadh's offset, e.g. `2026-12-02T23:59:59.999+03:00`. */
export const toRiyadhIso = (at: Date): string =>
  new Date(at.getTime() + RIYADH_OFFSET_MS).toISOString().replace('Z', '+03:00');
