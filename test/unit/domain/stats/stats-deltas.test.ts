import { describe, expect, it } from 'vitest';
import type { Inquiry } from '../../../../functions/domain/inquiries/inquiry.js';
import { generateReference } from '../../../../functions/domain/inquiries/reference.js';
import { appeal, decide, rate, startReview, timerFired } from '../../../../functions/domain/review/transitions.js';
import { WorkingCalendar } from '../../../../functions/domain/shared/working-calendar.js';
import { statsChangeOf } from '../../../../functions/domain/stats/stats-deltas.js';
import { anInquiry } from '../../../support/inquiries.js';

const calendar = new WorkingCalendar();
const reviewer = { id: 'reviewer-1', sections: ['GENERAL' as const] };
const second = { id: 'reviewer-2', sections: ['GENERAL' as const] };
const key = { section: 'GENERAL', category: 'GENERAL_INQUIRY' } as const;
const at = (iso: string) => new Date(iso);
const REFERENCE = generateReference();

/** Submitted at 09:00 Riyadh on Sunday 2026-11-22, and under review since 09:30. */
const underReview = (overrides: Partial<Inquiry> = {}) =>
  startReview(anInquiry({ reference: REFERENCE, ...overrides }), at('2026-11-22T06:30:00Z')).after;

describe('what one change of an inquiry counts', () => {
  it('when an inquiry is stored, it is submitted on the day of its creation in Riyadh and open', () => {
    // Prepare: 21:30 UTC on Saturday is Sunday in Riyadh
    const inquiry = anInquiry({ createdAt: '2026-11-21T21:30:00.000Z', updatedAt: '2026-11-21T21:30:00.000Z' });
    // Act
    const change = statsChangeOf(undefined, inquiry, calendar);
    // Assess
    expect(change).toEqual({
      reference: inquiry.reference,
      revision: 0,
      days: [{ day: '2026-11-22', ...key, add: { submitted: 1 } }],
      gauges: [{ ...key, open: 1, overdue: 0 }],
    });
  });

  it('when the write did not move the revision (a task token, an attachment entry), it is no change and counts nothing', () => {
    // Prepare
    const before = underReview();
    const after = { ...before, timeline: [...before.timeline, { at: before.updatedAt, actor: 'system' as const }] };
    // Act & Assess
    expect(statsChangeOf(before, after, calendar)).toBeUndefined();
    expect(statsChangeOf(anInquiry(), { ...anInquiry(), description: 'x' }, calendar)).toBeUndefined();
  });

  it('when the review starts or a reminder is sent, nothing is counted and nothing written', () => {
    // Prepare
    const submitted = anInquiry();
    const started = startReview(submitted, at('2026-11-22T06:30:00Z')).after;
    const asked = decide(started, reviewer, { decision: 'REQUEST_INFO', note: 'passport' }, at('2026-11-23T06:00:00Z'));
    // The request reached the resident when it was made (its SMS delivered): the reminder is due.
    const reminded = timerFired(asked.after, 'NEEDS_INFO', at('2026-12-04T06:00:00Z'), asked.after.pausedAt);
    // Act & Assess
    expect(statsChangeOf(submitted, started, calendar)).toBeUndefined();
    expect(reminded?.after.replyReminderSent).toBe(true);
    expect(statsChangeOf(asked.after, reminded!.after, calendar)).toBeUndefined();
  });

  it('when information is requested, a needs-info round is counted and the inquiry stays open', () => {
    // Prepare
    const before = underReview();
    const { after } = decide(
      before,
      reviewer,
      { decision: 'REQUEST_INFO', note: 'passport' },
      at('2026-11-23T06:00:00Z'),
    );
    // Act & Assess
    expect(statsChangeOf(before, after, calendar)).toEqual({
      reference: REFERENCE,
      revision: 2,
      days: [{ day: '2026-11-23', ...key, add: { needsInfoRounds: 1 } }],
      gauges: [],
    });
  });

  it('when accepted three working days after submission, it is decided with its processing time in working days and hours, and no longer open', () => {
    // Prepare: Sunday 09:00 → Wednesday 2026-11-25 12:00 Riyadh, 75 hours
    const before = underReview();
    const { after } = decide(before, reviewer, { decision: 'ACCEPT' }, at('2026-11-25T09:00:00Z'));
    // Act
    const change = statsChangeOf(before, after, calendar);
    // Assess: 75 hours is above 72, within 120 (bucket 7)
    expect(change?.days).toEqual([
      { day: '2026-11-25', ...key, add: { accepted: 1 }, workingDaysBucket: 3, hoursBucket: 7 },
    ]);
    expect(change?.gauges).toEqual([{ ...key, open: -1, overdue: 0 }]);
  });

  it('when an escalated inquiry is rejected, the rejection is timed and it leaves the open and the overdue gauges', () => {
    // Prepare: decided at 00:30 Riyadh on Thursday 2026-12-10, 14 working days after submission (Thursday itself included)
    const escalated = timerFired(underReview(), 'UNDER_REVIEW', at('2026-12-01T21:00:00Z'))!.after;
    const { after } = decide(escalated, reviewer, { decision: 'REJECT', note: 'no' }, at('2026-12-09T21:30:00Z'));
    // Act
    const change = statsChangeOf(escalated, after, calendar);
    // Assess
    expect(change?.days).toEqual([
      { day: '2026-12-10', ...key, add: { rejected: 1 }, workingDaysBucket: 14, hoursBucket: 10 },
    ]);
    expect(change?.gauges).toEqual([{ ...key, open: -1, overdue: -1 }]);
  });

  it('when the response deadline passes, an SLA breach is counted and the inquiry becomes overdue', () => {
    // Prepare
    const before = underReview();
    const fired = timerFired(before, 'UNDER_REVIEW', at('2026-12-01T21:00:00Z'));
    // Act
    const change = statsChangeOf(before, fired!.after, calendar);
    // Assess: 21:00 UTC is midnight, Wednesday 2026-12-02 in Riyadh
    expect(change?.days).toEqual([{ day: '2026-12-02', ...key, add: { slaBreaches: 1 } }]);
    expect(change?.gauges).toEqual([{ ...key, open: 0, overdue: 1 }]);
  });

  it('when a rejection is appealed, the appeal is counted and the inquiry is open again', () => {
    // Prepare
    const rejected = decide(
      underReview(),
      reviewer,
      { decision: 'REJECT', note: 'no' },
      at('2026-11-23T06:00:00Z'),
    ).after;
    const { after } = appeal(rejected, { text: 'please' }, at('2026-11-24T06:00:00Z'), calendar);
    // Act
    const change = statsChangeOf(rejected, after, calendar);
    // Assess
    expect(change?.days).toEqual([{ day: '2026-11-24', ...key, add: { appealsFiled: 1 } }]);
    expect(change?.gauges).toEqual([{ ...key, open: 1, overdue: 0 }]);
  });

  it('when an appeal is decided, it is overturned or upheld, never timed as a first decision, and no longer open', () => {
    // Prepare
    const rejected = decide(
      underReview(),
      reviewer,
      { decision: 'REJECT', note: 'no' },
      at('2026-11-23T06:00:00Z'),
    ).after;
    const appealed = appeal(rejected, { text: 'please' }, at('2026-11-24T06:00:00Z'), calendar).after;
    const overturned = decide(appealed, second, { decision: 'ACCEPT' }, at('2026-11-25T06:00:00Z')).after;
    const upheld = decide(appealed, second, { decision: 'REJECT', note: 'still no' }, at('2026-11-25T06:00:00Z')).after;
    // Act & Assess
    expect(statsChangeOf(appealed, overturned, calendar)).toMatchObject({
      days: [{ day: '2026-11-25', ...key, add: { appealsOverturned: 1 } }],
      gauges: [{ ...key, open: -1, overdue: 0 }],
    });
    expect(statsChangeOf(appealed, upheld, calendar)).toMatchObject({
      days: [{ day: '2026-11-25', ...key, add: { appealsUpheld: 1 } }],
      gauges: [{ ...key, open: -1, overdue: 0 }],
    });
  });

  it('when an unanswered request closes the inquiry, it is closed for no response and no longer open', () => {
    // Prepare
    const asked = decide(
      underReview(),
      reviewer,
      { decision: 'REQUEST_INFO', note: 'x' },
      at('2026-11-23T06:00:00Z'),
    ).after;
    // The request's SMS was delivered when it was made: the 14 days run from then.
    const closed = timerFired(asked, 'NEEDS_INFO', at('2026-12-07T06:00:00Z'), asked.pausedAt)!.after;
    // Act & Assess
    expect(closed.status).toBe('CLOSED');
    expect(statsChangeOf(asked, closed, calendar)).toMatchObject({
      days: [{ day: '2026-12-07', ...key, add: { closedNoResponse: 1 } }],
      gauges: [{ ...key, open: -1, overdue: 0 }],
    });
  });

  it('when the appeal window ends, nothing is counted', () => {
    // Prepare
    const rejected = decide(
      underReview(),
      reviewer,
      { decision: 'REJECT', note: 'no' },
      at('2026-11-23T06:00:00Z'),
    ).after;
    const ended = timerFired(rejected, 'REJECTED', at('2026-12-24T06:00:00Z'))!.after;
    // Act & Assess
    expect(ended.closedAt).toBeDefined();
    expect(statsChangeOf(rejected, ended, calendar)).toBeUndefined();
  });

  it('when a case is rated, the rating counts on the day it was given in Riyadh, by its score', () => {
    // Prepare
    const accepted = decide(underReview(), reviewer, { decision: 'ACCEPT' }, at('2026-11-23T06:00:00Z')).after;
    const rated = rate(accepted, { score: 4 }, at('2026-11-23T22:00:00Z')).after;
    // Act & Assess
    expect(statsChangeOf(accepted, rated, calendar)).toEqual({
      reference: REFERENCE,
      revision: 3,
      days: [{ day: '2026-11-24', ...key, add: { ratingCount: 1, ratingSum: 4 }, ratingScore: 4 }],
      gauges: [],
    });
  });

  it('when a decision took more than 30 working days, it falls in the last working-day bucket', () => {
    // Prepare
    const before = underReview();
    const { after } = decide(before, reviewer, { decision: 'ACCEPT' }, at('2027-02-01T06:00:00Z'));
    // Act & Assess
    expect(statsChangeOf(before, after, calendar)?.days[0]).toMatchObject({ workingDaysBucket: 31, hoursBucket: 10 });
  });
});
