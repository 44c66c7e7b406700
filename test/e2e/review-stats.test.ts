import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CATEGORY_CODES,
  type Category,
  SECTION_CODES,
  type Section,
} from '../../functions/domain/inquiries/categories.js';
import { isOpen } from '../../functions/domain/inquiries/inquiry.js';
import { isIqamaNumber } from '../../functions/domain/residents/resident.js';
import { addDays, DAY_MS, RIYADH_OFFSET_MS, riyadhToday } from '../../functions/domain/shared/calendar-date.js';
import { WorkingCalendar } from '../../functions/domain/shared/working-calendar.js';
import { HOUR_BOUNDS } from '../../functions/domain/stats/day-counts.js';
import { apiClient, type RequestBody, type Schema, succeeded } from '../support/api-client.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http-client.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

type Inquiry = Schema<'ReviewerInquiry'>;
type Figures = Schema<'StatsFigures'>;
type Stats = Schema<'ReviewStats'>;
type Grouping = Stats['groupBy'];

const HOUR_MS = 60 * 60 * 1000;
const CALENDAR = new WorkingCalendar();
const RESIDENTS = 8;
const [EXIT_VISA, VISA_EXTENSION, GENERAL] = ['EXIT_REENTRY_VISA', 'VISA_EXTENSION', 'GENERAL_INQUIRY'] as const;
const TYPES = [EXIT_VISA, VISA_EXTENSION, GENERAL] as const;

/** A valid iqama number per resident: `2`, the resident's number, and the check digit that makes it valid. */
const iqamaNumberOf = (n: number): string => {
  const body = `2${String(n).padStart(8, '0')}`;
  const number = [...'0123456789'].map((digit) => body + digit).find(isIqamaNumber);
  if (!number) throw new Error(`No check digit for ${body}`);
  return number;
};
const phoneOf = (n: number) => `+9665000001${String(n).padStart(2, '0')}`;

// ---- The count made directly from the inquiries, as each one reads back ----------------------

/** One thing that happened to an inquiry, counted on the day it happened. */
interface Happening {
  day: string;
  category: Category;
  add: Partial<Record<Counter, number>>;
  ratingScore?: number;
  processing?: { workingDays: number; hours: number };
}
type Counter =
  | 'submitted'
  | 'accepted'
  | 'rejected'
  | 'closedNoResponse'
  | 'appealsFiled'
  | 'overturned'
  | 'upheld'
  | 'slaBreaches'
  | 'needsInfoRounds'
  | 'ratingCount'
  | 'ratingSum';

const dayOf = (instant: string) => riyadhToday(new Date(instant));

/** What an inquiry's status, timeline, rating and escalation say happened to it. */
const happeningsOf = (inquiry: Inquiry): Happening[] => {
  const { category } = inquiry;
  const happened: Happening[] = [{ day: dayOf(inquiry.createdAt), category, add: { submitted: 1 } }];
  let appealed = false;
  let decided = false;
  for (const { status, at } of inquiry.timeline) {
    const day = dayOf(at);
    if (status === 'NEEDS_INFO') happened.push({ day, category, add: { needsInfoRounds: 1 } });
    if (status === 'APPEALED') {
      appealed = true;
      happened.push({ day, category, add: { appealsFiled: 1 } });
    }
    if (status === 'CLOSED' && inquiry.closeReason === 'NO_RESPONSE')
      happened.push({ day, category, add: { closedNoResponse: 1 } });
    if (status !== 'ACCEPTED' && status !== 'REJECTED') continue;
    if (appealed) {
      happened.push({ day, category, add: status === 'ACCEPTED' ? { overturned: 1 } : { upheld: 1 } });
    } else if (!decided) {
      decided = true;
      const [from, to] = [new Date(inquiry.createdAt), new Date(at)];
      happened.push({
        day,
        category,
        add: status === 'ACCEPTED' ? { accepted: 1 } : { rejected: 1 },
        processing: { workingDays: CALENDAR.workingDaysBetween(from, to), hours: (+to - +from) / HOUR_MS },
      });
    }
  }
  // The escalation is no timeline entry: the workflow's timer makes it once the response deadline
  // has passed, so it happens on the day of the first instant after the deadline (the deadline of
  // a day's end, 23:59:59.999, breaches on the next day). An appeal clears it, so none is appealed after.
  if (inquiry.escalated)
    happened.push({
      day: dayOf(new Date(Date.parse(inquiry.expectedResponseBy) + 1).toISOString()),
      category,
      add: { slaBreaches: 1 },
    });
  if (inquiry.rating) {
    const { score, at } = inquiry.rating;
    happened.push({ day: dayOf(at), category, add: { ratingCount: 1, ratingSum: score }, ratingScore: score });
  }
  return happened;
};

/** The nearest-rank percentile of a list of durations: the value at rank ⌈p·n⌉ of the sorted list. */
const nearestRank = (values: readonly number[], percent: number): number | undefined => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((percent / 100) * sorted.length) - 1];
};
const workingDaysFigure = (values: readonly number[], percent: number) => {
  const value = nearestRank(values, percent);
  return value === undefined ? null : { atMost: value };
};
/** Hours are answered as the upper bound of the fixed bucket the percentile falls in. */
const hoursFigure = (values: readonly number[], percent: number) => {
  const value = nearestRank(values, percent);
  if (value === undefined) return null;
  const bound = HOUR_BOUNDS.find((b) => value <= b);
  return bound === undefined ? { moreThan: Math.max(...HOUR_BOUNDS) } : { atMost: bound };
};
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

const figuresOf = (happenings: readonly Happening[]): Figures => {
  const sum = (counter: Counter) => happenings.reduce((total, h) => total + (h.add[counter] ?? 0), 0);
  const scores = (score: number) => happenings.filter((h) => h.ratingScore === score).length;
  const timed = happenings.flatMap((h) => (h.processing ? [h.processing] : []));
  const workingDays = timed.map((t) => t.workingDays);
  const hours = timed.map((t) => t.hours);
  const [accepted, rejected, overturned, upheld] = [sum('accepted'), sum('rejected'), sum('overturned'), sum('upheld')];
  return {
    submitted: sum('submitted'),
    // Residents file every inquiry of this test themselves.
    submittedByEstablishments: 0,
    decided: { accepted, rejected },
    closed: { NO_RESPONSE: sum('closedNoResponse') },
    appeals: { filed: sum('appealsFiled'), overturned, upheld },
    slaBreaches: sum('slaBreaches'),
    needsInfoRounds: sum('needsInfoRounds'),
    ratings: {
      count: sum('ratingCount'),
      sum: sum('ratingSum'),
      distribution: { 1: scores(1), 2: scores(2), 3: scores(3), 4: scores(4), 5: scores(5) },
    },
    processingTime: {
      basedOn: timed.length,
      medianWorkingDays: workingDaysFigure(workingDays, 50),
      p80WorkingDays: workingDaysFigure(workingDays, 80),
      medianHours: hoursFigure(hours, 50),
      p80Hours: hoursFigure(hours, 80),
    },
    slaBreachRate: share(sum('slaBreaches'), accepted + rejected),
    appealOverturnRate: share(overturned, overturned + upheld),
    csat: share(scores(4) + scores(5), sum('ratingCount')),
  };
};

/** The figures the stats API should answer for these inquiries, counted from the inquiries alone. */
const directCount = (
  inquiries: readonly Inquiry[],
  window: { from: string; to: string },
  sections: readonly Section[],
) => {
  const scope = inquiries.filter((i) => sections.includes(i.section));
  const happenings = scope.flatMap(happeningsOf);
  const inWindow = happenings.filter((h) => h.day >= window.from && h.day <= window.to);
  const days: string[] = [];
  for (let day = window.from; day <= window.to; day = addDays(day, 1)) days.push(day);
  const categories = CATEGORY_CODES.filter((c) => sections.includes(CATEGORIES[c].section));
  const open = scope.filter((i) => isOpen(i.status));
  return {
    totals: figuresOf(inWindow),
    byDay: days.map((key) => ({ key, ...figuresOf(inWindow.filter((h) => h.day === key)) })),
    byType: categories.map((key) => ({ key, ...figuresOf(inWindow.filter((h) => h.category === key)) })),
    backlog: { open: open.length, overdue: open.filter((i) => i.escalated).length },
    submissions: scope.map((i) => ({ day: dayOf(i.createdAt), category: i.category })),
  };
};

/** The rising types as the issue defines them, from the submissions read back: last week against the four before. */
const risingTypesOf = (submissions: readonly { day: string; category: Category }[], upTo: string) => {
  const [lastWeekFrom, previousFrom] = [addDays(upTo, -6), addDays(upTo, -34)];
  return TYPES.map((category) => {
    const days = submissions.filter((s) => s.category === category).map((s) => s.day);
    const lastWeek = days.filter((d) => d >= lastWeekFrom && d <= upTo).length;
    const previousFourWeekAverage = days.filter((d) => d >= previousFrom && d < lastWeekFrom).length / 4;
    const growth = (lastWeek - previousFourWeekAverage) / Math.max(previousFourWeekAverage, 1);
    return { category, lastWeek, previousFourWeekAverage, growth };
  })
    .filter((t) => t.lastWeek >= 5 && t.growth > 0)
    .sort((a, b) => b.growth - a.growth || b.lastWeek - a.lastWeek || (a.category < b.category ? -1 : 1));
};

describe('review statistics, end to end: the figures match a count made from the inquiries themselves', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let residents: string[];
  let reviewer: string;
  let secondReviewer: string;
  let visasReviewer: string;
  let supervisor: string;
  const references: string[] = [];
  let firstDay: string;

  const token = async (claims: Record<string, unknown>) =>
    (await call(`${runtime.url}/local/tokens`, { body: claims })).body.token as string;
  const signIn = async () => {
    residents = await Promise.all(
      Array.from({ length: RESIDENTS }, (_, n) =>
        token({ role: 'resident', sub: `resident-${n}`, iqamaNumber: iqamaNumberOf(n), phone: phoneOf(n) }),
      ),
    );
    reviewer = await token({ role: 'reviewer', sub: 'reviewer-1', sections: ['VISAS', 'GENERAL'] });
    secondReviewer = await token({ role: 'reviewer', sub: 'reviewer-2', sections: ['VISAS', 'GENERAL'] });
    visasReviewer = await token({ role: 'reviewer', sub: 'reviewer-3', sections: ['VISAS'] });
    supervisor = await token({ role: 'supervisor', sub: 'supervisor-1' });
  };
  const api = (as: string) => apiClient(runtime.url, as);
  /** Each inquiry belongs to one resident, by its position in the seeding. */
  const ownerOf = (reference: string) => residents[references.indexOf(reference) % RESIDENTS]!;

  const now = async () => new Date((await call(`${runtime.url}/local/clock`)).body.now as string);
  const advanceDays = async (days: number) => {
    const moved = await call(`${runtime.url}/local/clock`, { body: { advanceDays: days } });
    expect(moved.status).toBe(200);
  };
  /** The statistics follow the stream: moving the clock by nothing waits until what it carries so far is delivered. */
  const streamDelivered = () => advanceDays(0);
  const readBack = (reference: string) =>
    succeeded(api(reviewer).GET('/v1/review/inquiries/{reference}', { params: { path: { reference } } }));
  /** Submits one inquiry per type given, spread over the residents, and waits until each is under review. */
  const submit = async (...categories: Category[]): Promise<string[]> => {
    const created: string[] = [];
    for (const category of categories) {
      const owner = residents[references.length % RESIDENTS]!;
      const body = { category, description: `Question ${references.length} about ${category}` };
      const { reference } = await succeeded(api(owner).POST('/v1/inquiries', { body }));
      references.push(reference);
      created.push(reference);
    }
    // A long wait: hundreds of inquiries are started at once.
    for (const reference of created)
      await eventually(
        () => readBack(reference),
        (i) => i.status === 'UNDER_REVIEW',
        30_000,
      );
    return created;
  };
  const decide = async (reference: string, body: RequestBody<'DecideInquiry'>, as = reviewer) =>
    succeeded(api(as).POST('/v1/review/inquiries/{reference}/decision', { params: { path: { reference } }, body }));
  const accept = (reference: string, as = reviewer) => decide(reference, { decision: 'ACCEPT' }, as);
  const reject = (reference: string, as = reviewer) =>
    decide(reference, { decision: 'REJECT', note: 'Not eligible.' }, as);
  const askForInformation = (reference: string) =>
    decide(reference, { decision: 'REQUEST_INFO', note: 'Please send your passport copy.' });
  const reply = (reference: string) =>
    succeeded(
      api(ownerOf(reference)).POST('/v1/inquiries/{reference}/replies', {
        params: { path: { reference } },
        body: { message: 'Here it is.' },
      }),
    );
  const appeal = (reference: string) =>
    succeeded(
      api(ownerOf(reference)).POST('/v1/inquiries/{reference}/appeal', {
        params: { path: { reference } },
        body: { reason: 'I am eligible.' },
      }),
    );
  const rate = (reference: string, score: number) =>
    succeeded(
      api(ownerOf(reference)).POST('/v1/inquiries/{reference}/rating', {
        params: { path: { reference } },
        body: { score },
      }),
    );

  const stats = async (as: string, query: { groupBy: Grouping; section?: Section }) => {
    const to = riyadhToday(await now());
    const answer = await api(as).GET('/v1/review/stats', { params: { query: { from: firstDay, to, ...query } } });
    return { ...answer, window: { from: firstDay, to } };
  };
  const readAll = () => Promise.all(references.map(readBack));

  /** Asks as a supervisor by day and by type, and compares every figure with the direct count. */
  const expectSupervisorFiguresToMatch = async () => {
    await streamDelivered();
    const byDay = await stats(supervisor, { groupBy: 'day' });
    const byType = await stats(supervisor, { groupBy: 'requestType' });
    const inquiries = await readAll();
    const direct = directCount(inquiries, byDay.window, SECTION_CODES);
    expect(byDay.response.status).toBe(200);
    expect(byType.response.status).toBe(200);
    const [days, types] = [byDay.data!, byType.data!];
    expect(days.section).toBeNull();
    expect(days.totals).toEqual(direct.totals);
    expect(days.groups).toEqual(direct.byDay);
    expect(types.totals).toEqual(direct.totals);
    // Every section's types are there, those of sections without inquiries with nothing in them.
    expect(types.groups).toEqual(direct.byType);
    expect(days.backlog).toEqual(direct.backlog);
    const yesterday = addDays(byDay.window.to, -1);
    expect(days.risingRequestTypes).toEqual(risingTypesOf(direct.submissions, yesterday));
    return { direct, inquiries, answers: [days, types] };
  };

  /** Nothing in the answers names anyone: no reference, phone or iqama number appears in their text. */
  const expectNoResidentData = (answers: readonly unknown[]) => {
    const text = JSON.stringify(answers);
    for (const reference of references) expect(text).not.toContain(reference);
    for (let n = 0; n < RESIDENTS; n++) {
      expect(text).not.toContain(iqamaNumberOf(n));
      expect(text).not.toContain(phoneOf(n).slice(1));
    }
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-stats-e2e-'));
    runtime = await startRuntimeProcess(dataDir);
    await signIn();
    // Prepare: start on a Sunday at 09:00 in Riyadh, so that every day's actions stay on that day.
    const start = await now();
    let sunday = addDays(riyadhToday(start), 1);
    while (new Date(`${sunday}T00:00:00Z`).getUTCDay() !== 0) sunday = addDays(sunday, 1);
    const nineAm = Date.parse(`${sunday}T09:00:00Z`) - RIYADH_OFFSET_MS;
    await advanceDays((nineAm - start.getTime()) / DAY_MS);
    firstDay = sunday;

    // Day 0, Sunday: 14 inquiries over three types of two sections; some decided the same day.
    const a = await submit(...Array.from({ length: 14 }, (_, n) => TYPES[n % 3]!));
    await accept(a[0]!);
    await accept(a[1]!);
    await reject(a[2]!);
    await reject(a[3]!);
    await reject(a[4]!);
    await askForInformation(a[5]!);
    await askForInformation(a[6]!);

    // Day 1, Monday: more arrive; decisions after a working day, ratings, appeals and replies.
    await advanceDays(1);
    const b = await submit(...Array.from({ length: 8 }, (_, n) => TYPES[(n + 1) % 3]!));
    await accept(a[7]!);
    await accept(a[8]!);
    await rate(a[0]!, 5);
    await rate(a[1]!, 3);
    await appeal(a[2]!);
    await appeal(a[3]!);
    await reply(a[5]!);
    await reply(a[6]!);

    // Day 2, Tuesday afternoon: appeals decided by a second reviewer, one overturned and one upheld.
    await advanceDays(1.25);
    await accept(a[2]!, secondReviewer);
    await reject(a[3]!, secondReviewer);
    await accept(a[5]!);
    await askForInformation(a[9]!);
    await askForInformation(b[0]!);
    await reject(b[1]!);
    await accept(b[2]!);
    await rate(a[7]!, 4);
    const c = await submit(...Array.from({ length: 6 }, (_, n) => TYPES[(n + 2) % 3]!));

    // Day 4, Thursday: later decisions, a second round of questions, more ratings.
    await advanceDays(2);
    await accept(a[10]!);
    await accept(b[3]!);
    await accept(c[0]!);
    await reply(a[9]!);
    await reply(b[0]!);
    await askForInformation(b[0]!);
    await askForInformation(a[6]!);
    await rate(a[2]!, 2);
    await rate(b[2]!, 1);
  }, 240_000);

  afterAll(async () => {
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when a supervisor asks by day and by request type, every figure matches the count made from the inquiries read back', async () => {
    // Act
    const { direct, answers } = await expectSupervisorFiguresToMatch();
    // Assess: the seeded histories really hold what is compared (the count is not trivially zero).
    expect(direct.totals).toMatchObject({
      submitted: 28,
      decided: { accepted: 9, rejected: 4 },
      appeals: { filed: 2, overturned: 1, upheld: 1 },
      needsInfoRounds: 6,
      ratings: { count: 5 },
      processingTime: { basedOn: 13 },
    });
    expect(answers[0]?.risingRequestTypes.length).toBeGreaterThan(0);
    expectNoResidentData(answers);
  }, 120_000);

  it("when a reviewer of one section asks, they get that section's figures only, and another section is refused", async () => {
    // Act
    await streamDelivered();
    const own = await stats(visasReviewer, { groupBy: 'requestType', section: 'VISAS' });
    const implied = await stats(visasReviewer, { groupBy: 'requestType' });
    const other = await stats(visasReviewer, { groupBy: 'requestType', section: 'GENERAL' });
    // Assess
    const direct = directCount(await readAll(), own.window, ['VISAS']);
    expect(own.response.status).toBe(200);
    expect(own.data).toMatchObject({ section: 'VISAS', totals: direct.totals, backlog: direct.backlog });
    expect(own.data?.groups).toEqual(direct.byType);
    expect(implied.data).toEqual(own.data);
    expect(other.response.status).toBe(403);
    expectNoResidentData([own.data]);
  }, 120_000);

  it('when the runtime restarts and the histories go on past their deadlines, the figures still match: nothing counted twice, breaches and the overdue backlog counted', async () => {
    // Prepare
    const before = await expectSupervisorFiguresToMatch();
    await interrupt(runtime);
    runtime = await startRuntimeProcess(dataDir);
    await signIn();
    const afterRestart = await expectSupervisorFiguresToMatch();
    expect(afterRestart.direct.totals).toEqual(before.direct.totals);
    // Act: Saturday, a weekend decision and an appeal; then eight days on, past the first deadlines.
    await advanceDays(2);
    const d = await submit(EXIT_VISA, VISA_EXTENSION, GENERAL, EXIT_VISA);
    await accept(references[11]!);
    await appeal(references[4]!);
    await advanceDays(8);
    const [overdueThenAccepted, overdueThenRejected] = [references[12]!, references[18]!];
    expect((await readBack(overdueThenAccepted)).escalated).toBe(true);
    await accept(overdueThenAccepted);
    await reject(overdueThenRejected);
    await rate(references[11]!, 5);
    await submit(GENERAL, VISA_EXTENSION);
    // Assess
    const { direct, inquiries, answers } = await expectSupervisorFiguresToMatch();
    expect(direct.totals.slaBreaches).toBeGreaterThan(0);
    expect(direct.backlog.overdue).toBeGreaterThan(0);
    expect(direct.backlog.open).toBeGreaterThan(direct.backlog.overdue);
    expect(inquiries.filter((i) => d.includes(i.reference)).every((i) => !i.escalated)).toBe(true);
    expect(direct.totals.submitted).toBe(34);
    expectNoResidentData(answers);
  }, 240_000);
});
