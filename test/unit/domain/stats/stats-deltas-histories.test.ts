import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES, type Category, sectionOf } from '../../../../functions/domain/inquiries/categories.js';
import { type Inquiry, isOpen } from '../../../../functions/domain/inquiries/inquiry.js';
import {
  appeal,
  decide,
  rate,
  reply,
  startReview,
  type Transition,
  timerFired,
} from '../../../../functions/domain/review/transitions.js';
import { riyadhToday } from '../../../../functions/domain/shared/calendar-date.js';
import { TransitionNotAllowed } from '../../../../functions/domain/shared/errors.js';
import { toRiyadhIso, WorkingCalendar } from '../../../../functions/domain/shared/working-calendar.js';
import { type DayCounts, emptyDayCounts, type StatsChange } from '../../../../functions/domain/stats/day-counts.js';
import { hoursBucket, workingDaysBucket } from '../../../../functions/domain/stats/processing-time-buckets.js';
import { statsChangeOf } from '../../../../functions/domain/stats/stats-deltas.js';

const ACTIONS = ['start', 'accept', 'reject', 'requestInfo', 'reply', 'appeal', 'rate', 'timer', 'touch'] as const;
type Action = (typeof ACTIONS)[number];

interface History {
  final: Inquiry;
  /** Every stored write, as the stream delivers it: the item before (none for the first) and after. */
  writes: [Inquiry | undefined, Inquiry][];
  /** When the response deadline passed: the one change the timeline does not record. */
  escalatedAt: string[];
}

const first = { id: 'reviewer-1', sections: [] };
const second = { id: 'reviewer-2', sections: [] };

/** Plays the steps through the domain's own transitions; a step the inquiry's state refuses is skipped. */
const play = (
  reference: string,
  category: Category,
  createdAt: Date,
  steps: { action: Action; afterMs: number; score: number }[],
  calendar: WorkingCalendar,
): History => {
  const submitted: Inquiry = {
    reference: reference as Inquiry['reference'],
    residentId: 'resident',
    category,
    section: sectionOf(category),
    description: 'd',
    status: 'SUBMITTED',
    createdAt: createdAt.toISOString(),
    updatedAt: createdAt.toISOString(),
    expectedResponseBy: toRiyadhIso(calendar.addWorkingDays(createdAt, 7)),
    contact: { phone: '+966500000001', locale: 'ar' },
    timeline: [{ at: createdAt.toISOString(), status: 'SUBMITTED', actor: 'resident' }],
  };
  const history: History = { final: submitted, writes: [[undefined, submitted]], escalatedAt: [] };
  let now = createdAt.getTime();
  for (const { action, afterMs, score } of steps) {
    now += afterMs;
    const at = new Date(now);
    const current = history.final;
    let after: Inquiry | undefined;
    try {
      const move = (transition: Transition | undefined) => {
        if (transition?.escalated) history.escalatedAt.push(transition.after.updatedAt);
        return transition?.after;
      };
      const reviewer = current.status === 'APPEALED' ? second : first;
      after = {
        start: () => move(startReview(current, at)),
        accept: () => move(decide(current, reviewer, { decision: 'ACCEPT' }, at)),
        reject: () => move(decide(current, reviewer, { decision: 'REJECT', note: 'n' }, at)),
        requestInfo: () => move(decide(current, reviewer, { decision: 'REQUEST_INFO', note: 'n' }, at)),
        reply: () => move(reply(current, { text: 't' }, at)),
        appeal: () => move(appeal(current, { text: 't' }, at, calendar)),
        rate: () => move(rate(current, { score }, at)),
        // A request for information is taken as delivered when made: the 14 days run from then.
        timer: () => move(timerFired(current, current.status, at, current.pausedAt)),
        // A task token or an attachment's entry: written, but no change of the inquiry's revision.
        touch: () => ({
          ...current,
          timeline: [...current.timeline, { at: at.toISOString(), actor: 'system' as const }],
        }),
      }[action]();
    } catch (error) {
      if (!(error instanceof TransitionNotAllowed)) throw error;
    }
    if (!after) continue;
    history.writes.push([current, after]);
    history.final = after;
  }
  return history;
};

type Totals = { days: Map<string, DayCounts>; gauges: Map<string, { open: number; overdue: number }> };
const emptyTotals = (): Totals => ({ days: new Map(), gauges: new Map() });
const dayItem = (totals: Totals, day: string, inquiry: Inquiry) => {
  const key = `${day}|${inquiry.section}|${inquiry.category}`;
  const counts = totals.days.get(key) ?? emptyDayCounts();
  totals.days.set(key, counts);
  return counts;
};
const gaugeItem = (totals: Totals, section: string, category: string) => {
  const key = `${section}|${category}`;
  const gauge = totals.gauges.get(key) ?? { open: 0, overdue: 0 };
  totals.gauges.set(key, gauge);
  return gauge;
};

const addChange = (totals: Totals, change: StatsChange) => {
  for (const delta of change.days) {
    const key = `${delta.day}|${delta.section}|${delta.category}`;
    const counts = totals.days.get(key) ?? emptyDayCounts();
    totals.days.set(key, counts);
    for (const [name, value] of Object.entries(delta.add)) counts[name as keyof typeof delta.add] += value;
    if (delta.ratingScore !== undefined) counts.ratingScores[delta.ratingScore - 1]! += 1;
    if (delta.workingDaysBucket !== undefined) counts.workingDays[delta.workingDaysBucket]! += 1;
    if (delta.hoursBucket !== undefined) counts.hours[delta.hoursBucket]! += 1;
  }
  for (const delta of change.gauges) {
    const gauge = gaugeItem(totals, delta.section, delta.category);
    gauge.open += delta.open;
    gauge.overdue += delta.overdue;
  }
};

const dayOf = (instant: string) => riyadhToday(new Date(instant));

/** The figures read straight off the final inquiries: their timelines, ratings and states. */
const directCount = (histories: History[], calendar: WorkingCalendar): Totals => {
  const totals = emptyTotals();
  for (const { final, escalatedAt } of histories) {
    let appealed = false;
    for (const entry of final.timeline) {
      const counts = dayItem(totals, dayOf(entry.at), final);
      switch (entry.status) {
        case 'SUBMITTED':
          counts.submitted++;
          break;
        case 'NEEDS_INFO':
          counts.needsInfoRounds++;
          break;
        case 'APPEALED':
          counts.appealsFiled++;
          appealed = true;
          break;
        case 'CLOSED':
          counts.closedNoResponse++;
          break;
        case 'ACCEPTED':
        case 'REJECTED':
          if (appealed) {
            if (entry.status === 'ACCEPTED') counts.appealsOverturned++;
            else counts.appealsUpheld++;
          } else {
            if (entry.status === 'ACCEPTED') counts.accepted++;
            else counts.rejected++;
            const [from, to] = [new Date(final.createdAt), new Date(entry.at)];
            counts.workingDays[workingDaysBucket(calendar.workingDaysBetween(from, to))]! += 1;
            counts.hours[hoursBucket(to.getTime() - from.getTime())]! += 1;
          }
          break;
      }
    }
    for (const at of escalatedAt) dayItem(totals, dayOf(at), final).slaBreaches++;
    if (final.rating) {
      const counts = dayItem(totals, dayOf(final.rating.at), final);
      counts.ratingCount++;
      counts.ratingSum += final.rating.score;
      counts.ratingScores[final.rating.score - 1]! += 1;
    }
    if (isOpen(final.status)) {
      const gauge = gaugeItem(totals, final.section, final.category);
      gauge.open++;
      if (final.escalated) gauge.overdue++;
    }
  }
  return totals;
};

/** Sorted, with the items that hold only zeros left out: a gauge that went up and down again is 0. */
const comparable = (totals: Totals) => ({
  days: [...totals.days.entries()]
    .filter(([, counts]) => JSON.stringify(counts) !== JSON.stringify(emptyDayCounts()))
    .sort(([a], [b]) => a.localeCompare(b)),
  gauges: [...totals.gauges.entries()]
    .filter(([, gauge]) => gauge.open !== 0 || gauge.overdue !== 0)
    .sort(([a], [b]) => a.localeCompare(b)),
});

const HOUR = 60 * 60 * 1000;
const step = fc.record({
  action: fc.constantFrom(...ACTIONS),
  afterMs: fc.oneof(fc.integer({ min: 0, max: 6 * HOUR }), fc.integer({ min: 0, max: 12 * 24 * HOUR })),
  score: fc.integer({ min: 1, max: 5 }),
});
const inquiryHistory = fc.record({
  category: fc.constantFrom(...CATEGORY_CODES),
  createdAfterMs: fc.integer({ min: 0, max: 60 * 24 * HOUR }),
  steps: fc.array(step, { maxLength: 14 }),
});
const holiday = fc
  .integer({ min: 0, max: 120 })
  .map((n) => riyadhToday(new Date(Date.UTC(2026, 10, 1) + n * 24 * HOUR)));

describe('the statistics of whole histories', () => {
  it('when any histories of allowed transitions are counted change by change, the totals equal a direct count of the final inquiries', () => {
    fc.assert(
      fc.property(
        fc.array(inquiryHistory, { minLength: 1, maxLength: 8 }),
        fc.uniqueArray(holiday, { maxLength: 10 }),
        (generated, holidays) => {
          // Prepare
          const calendar = new WorkingCalendar(holidays);
          const histories = generated.map(({ category, createdAfterMs, steps }, index) =>
            play(
              `TW-0000-0000-${String(index).padStart(4, '0')}`,
              category,
              new Date(Date.UTC(2026, 10, 1) + createdAfterMs),
              steps,
              calendar,
            ),
          );
          // Act
          const summed = emptyTotals();
          const revisions = new Set<string>();
          for (const { writes } of histories) {
            for (const [before, after] of writes) {
              const change = statsChangeOf(before, after, calendar);
              if (!change) continue;
              addChange(summed, change);
              // A change is named by its reference and revision: no two changes may share a name.
              const name = `${change.reference}#${change.revision}`;
              expect(revisions.has(name)).toBe(false);
              revisions.add(name);
            }
          }
          // Assess
          expect(comparable(summed)).toEqual(comparable(directCount(histories, calendar)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
