import { type Inquiry, isOpen } from '../inquiries/inquiry.js';
import { type CalendarDate, riyadhToday } from '../shared/calendar-date.js';
import type { WorkingCalendar } from '../shared/working-calendar.js';
import type { DayCountsDelta, StatsChange } from './day-counts.js';
import { hoursBucket, workingDaysBucket } from './processing-time-buckets.js';

type DayDelta = Omit<DayCountsDelta, 'section' | 'category'>;

const dayOf = (instant: string): CalendarDate => riyadhToday(new Date(instant));

/** The first decision: submission to decision, in working days and in hours. */
const decision = (after: Inquiry, calendar: WorkingCalendar): Omit<DayDelta, 'day' | 'add'> => {
  const submittedAt = new Date(after.createdAt);
  const decidedAt = new Date(after.updatedAt);
  return {
    workingDaysBucket: workingDaysBucket(calendar.workingDaysBetween(submittedAt, decidedAt)),
    hoursBucket: hoursBucket(decidedAt.getTime() - submittedAt.getTime()),
  };
};

/** What a change of status counts on the day it happened. */
const statusCounts = (before: Inquiry, after: Inquiry, calendar: WorkingCalendar): DayDelta[] => {
  if (before.status === after.status) return [];
  const day = dayOf(after.updatedAt);
  switch (after.status) {
    case 'NEEDS_INFO':
      return [{ day, add: { needsInfoRounds: 1 } }];
    case 'APPEALED':
      return [{ day, add: { appealsFiled: 1 } }];
    case 'CLOSED':
      return after.closeReason === 'NO_RESPONSE' ? [{ day, add: { closedNoResponse: 1 } }] : [];
    case 'ACCEPTED':
    case 'REJECTED': {
      // An appeal's decision says whether the first one stood; only first decisions are timed.
      if (before.status === 'APPEALED')
        return [{ day, add: after.status === 'ACCEPTED' ? { appealsOverturned: 1 } : { appealsUpheld: 1 } }];
      const add = after.status === 'ACCEPTED' ? { accepted: 1 } : { rejected: 1 };
      return [{ day, add, ...decision(after, calendar) }];
    }
    default:
      return [];
  }
};

/** Everything a stored change counts, each on its own day: a rating on the day it was given. */
const dayCounts = (before: Inquiry | undefined, after: Inquiry, calendar: WorkingCalendar): DayDelta[] => {
  if (!before)
    return [
      {
        day: dayOf(after.createdAt),
        add: after.submittedBy ? { submitted: 1, submittedByEstablishments: 1 } : { submitted: 1 },
      },
    ];
  const counts = statusCounts(before, after, calendar);
  if (!before.escalated && after.escalated) counts.push({ day: dayOf(after.updatedAt), add: { slaBreaches: 1 } });
  if (!before.rating && after.rating) {
    const { score, at } = after.rating;
    counts.push({ day: dayOf(at), add: { ratingCount: 1, ratingSum: score }, ratingScore: score });
  }
  return counts;
};

/** One item per day: a transaction may touch each item once. The parts never set the same bucket. */
const mergedByDay = (counts: readonly DayDelta[]): DayDelta[] => {
  const byDay = new Map<CalendarDate, DayDelta>();
  for (const count of counts) {
    const merged = byDay.get(count.day);
    if (!merged) {
      byDay.set(count.day, { ...count, add: { ...count.add } });
      continue;
    }
    const { add, ...buckets } = count;
    for (const [name, value] of Object.entries(add) as [keyof DayDelta['add'], number][])
      merged.add[name] = (merged.add[name] ?? 0) + value;
    Object.assign(merged, buckets);
  }
  return [...byDay.values()];
};

/** An inquiry counts as open while in review, and as overdue while open and escalated. */
const gaugesOf = (inquiry: Inquiry | undefined) => {
  const open = inquiry !== undefined && isOpen(inquiry.status);
  return { open: open ? 1 : 0, overdue: open && inquiry.escalated ? 1 : 0 };
};

/**
 * What one stored change of an inquiry (its item before and after) adds to the statistics, keyed by
 * the day of the change in Riyadh and the inquiry's section and request type. Computed from the two
 * images alone, so changes may be counted in any order. Undefined for a write that is no change of
 * the inquiry (its revision did not move: a task token, an attachment's timeline entry) and for a
 * change that counts nothing (the review starting, a reminder sent), which then writes nothing.
 * @param before undefined for a new inquiry
 */
export const statsChangeOf = (
  before: Inquiry | undefined,
  after: Inquiry,
  calendar: WorkingCalendar,
): StatsChange | undefined => {
  const revision = after.revision ?? 0;
  if (before && (before.revision ?? 0) === revision) return undefined;
  const { section, category } = after;
  const days = mergedByDay(dayCounts(before, after, calendar)).map((count) => ({ ...count, section, category }));
  const [was, is] = [gaugesOf(before), gaugesOf(after)];
  const gauge = { section, category, open: is.open - was.open, overdue: is.overdue - was.overdue };
  const gauges = gauge.open === 0 && gauge.overdue === 0 ? [] : [gauge];
  if (days.length === 0 && gauges.length === 0) return undefined;
  return { reference: after.reference, revision, days, gauges };
};
