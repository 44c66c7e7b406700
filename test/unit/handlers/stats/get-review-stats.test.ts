import { beforeEach, describe, expect, it } from 'vitest';
import { CLAIMS, REVIEWERS_GROUP, SUPERVISORS_GROUP } from '../../../../functions/contract/identity.js';
import { SECTION_CODES } from '../../../../functions/domain/inquiries/categories.js';
import { createHandler } from '../../../../functions/handlers/stats/get-review-stats.js';
import { apiEvent, bodyOf, lambdaContext, RESIDENT_CLAIMS } from '../../../support/api-events.js';
import { dayItem, InMemoryStatsReader } from '../../../support/in-memory-stats-reader.js';

const reviewerOf = (sections: string) => ({
  [CLAIMS.subject]: 'reviewer-1',
  [CLAIMS.groups]: REVIEWERS_GROUP,
  [CLAIMS.sections]: sections,
});
const SUPERVISOR = { [CLAIMS.subject]: 'supervisor-1', [CLAIMS.groups]: SUPERVISORS_GROUP };
const WINDOW = { from: '2026-11-01', to: '2026-11-30' };
/** 2026-12-01 in Riyadh. */
const clock = () => new Date('2026-12-01T07:00:00Z');

describe('the review statistics API', () => {
  let stats: InMemoryStatsReader;

  beforeEach(() => {
    stats = new InMemoryStatsReader(
      [
        dayItem('2026-11-03', 'VISA_EXTENSION', { submitted: 4, accepted: 2 }),
        dayItem('2026-11-04', 'LOST_STOLEN_PASSPORT', { submitted: 3 }),
        dayItem('2026-11-05', 'GENERAL_INQUIRY', { submitted: 1 }),
      ],
      [{ section: 'VISAS', category: 'VISA_EXTENSION', open: 5, overdue: 1 }],
    );
  });

  const ask = (claims: Record<string, string>, query: Record<string, string>, headers?: Record<string, string>) =>
    createHandler({ stats, clock })(apiEvent({ claims, query, headers }), lambdaContext);

  it('when a reviewer of one section asks without naming it, they get that section’s figures, grouped by day', async () => {
    // Act
    const result = await ask(reviewerOf('VISAS'), WINDOW);
    // Assess
    expect(result.statusCode).toBe(200);
    const body = bodyOf(result);
    expect(body).toMatchObject({ section: 'VISAS', from: '2026-11-01', to: '2026-11-30', groupBy: 'day' });
    expect(body.groups).toHaveLength(30);
    expect(body.totals).toMatchObject({ submitted: 4, decided: { accepted: 2, rejected: 0 }, slaBreachRate: 0 });
    expect(body.backlog).toEqual({ open: 5, overdue: 1 });
    expect(stats.reads.every((read) => read.section === 'VISAS')).toBe(true);
  });

  it('when a reviewer asks for a section that is not theirs, it is 403 and nothing is read', async () => {
    // Act
    const result = await ask(reviewerOf('VISAS'), { ...WINDOW, section: 'PASSPORTS' });
    // Assess
    expect(result.statusCode).toBe(403);
    expect(stats.reads).toEqual([]);
  });

  it('when a reviewer of several sections names none, `section` is required', async () => {
    // Act
    const result = await ask(reviewerOf('VISAS,PASSPORTS'), WINDOW);
    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors).toEqual([expect.objectContaining({ pointer: '/query/section', code: 'required' })]);
  });

  it('when a reviewer of several sections names one of them, they get that one', async () => {
    // Act
    const body = bodyOf(await ask(reviewerOf('VISAS,PASSPORTS'), { ...WINDOW, section: 'PASSPORTS' }));
    // Assess
    expect([body.section, body.totals.submitted]).toEqual(['PASSPORTS', 3]);
  });

  it('when a supervisor names no section, every section is read and summed, and the answer names none', async () => {
    // Act
    const body = bodyOf(await ask(SUPERVISOR, { ...WINDOW, groupBy: 'requestType' }));
    // Assess
    expect(body.section).toBeNull();
    expect(body.totals.submitted).toBe(8);
    expect(body.groups.find((group: { key: string }) => group.key === 'LOST_STOLEN_PASSPORT').submitted).toBe(3);
    expect(new Set(stats.reads.map((read) => read.section))).toEqual(new Set(SECTION_CODES));
  });

  it('when a supervisor names a section, only that one is read', async () => {
    // Act
    const body = bodyOf(await ask(SUPERVISOR, { ...WINDOW, section: 'GENERAL' }));
    // Assess
    expect([body.section, body.totals.submitted]).toEqual(['GENERAL', 1]);
  });

  it('when a resident asks, it is 403; without a token, 401', async () => {
    // Act, Assess
    expect((await ask(RESIDENT_CLAIMS, WINDOW)).statusCode).toBe(403);
    expect(
      (await createHandler({ stats, clock })(apiEvent({ claims: null, query: WINDOW }), lambdaContext)).statusCode,
    ).toBe(401);
  });

  it('when the query is wrong, it is 400 naming each field by its JSON Pointer', async () => {
    // Act
    const result = await ask(SUPERVISOR, { from: '2026-02-30', section: 'NOWHERE', groupBy: 'month', extra: '1' });
    // Assess
    expect(result.statusCode).toBe(400);
    expect(
      bodyOf(result)
        .errors.map((error: { pointer: string; code: string }) => `${error.pointer} ${error.code}`)
        .sort(),
    ).toEqual([
      '/query/extra unknown_field',
      '/query/from invalid_date',
      '/query/groupBy not_allowed_value',
      '/query/section not_allowed_value',
      '/query/to required',
    ]);
  });

  it('when the window ends before it starts, or is longer than 366 days, `to` is refused', async () => {
    // Act
    const backwards = bodyOf(await ask(SUPERVISOR, { from: '2026-11-02', to: '2026-11-01' }));
    const tooLong = bodyOf(await ask(SUPERVISOR, { from: '2025-01-01', to: '2026-01-02' }));
    const leapYear = await ask(SUPERVISOR, { from: '2028-01-01', to: '2028-12-31' });
    // Assess
    expect(backwards.errors).toEqual([
      expect.objectContaining({ pointer: '/query/to', code: 'window_ends_before_start' }),
    ]);
    expect(tooLong.errors).toEqual([expect.objectContaining({ pointer: '/query/to', code: 'window_too_long' })]);
    expect(leapYear.statusCode).toBe(200);
  });

  it('when a day of the window lies outside 2020–2099 (the last year’s end included), it is refused at once, nothing read', async () => {
    // Act
    const results = await Promise.all(
      [
        { from: '9999-12-31', to: '9999-12-31', groupBy: 'week' },
        { from: '2099-12-31', to: '2100-01-01', groupBy: 'day' },
        { from: '2019-12-31', to: '2020-01-31', groupBy: 'day' },
      ].map(async (query) => bodyOf(await ask(SUPERVISOR, query))),
    );
    // Assess
    expect(
      results.map((result) => result.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`)),
    ).toEqual([
      ['/query/from window_out_of_range', '/query/to window_out_of_range'],
      ['/query/to window_out_of_range'],
      ['/query/from window_out_of_range'],
    ]);
    expect(stats.reads).toEqual([]);
  });

  it('when the caller reads Arabic, the problem is in Arabic; English, in English', async () => {
    // Act
    const query = { from: '2025-01-01', to: '2026-06-01' };
    const arabic = bodyOf(await ask(SUPERVISOR, query, { 'Accept-Language': 'ar' }));
    const english = bodyOf(await ask(SUPERVISOR, query, { 'Accept-Language': 'en' }));
    // Assess
    expect(arabic.errors[0].detail).toBe('يجب ألا تزيد الفترة عن 366 يومًا.');
    expect(english.errors[0].detail).toBe('The window may be at most 366 days long.');
  });

  it('when the figures are answered, they are counts and durations only: no reference, name or number of anyone', async () => {
    // Act
    const body = JSON.stringify(bodyOf(await ask(SUPERVISOR, { ...WINDOW, groupBy: 'week' })));
    // Assess
    expect(body).not.toMatch(/TW-|reference|iqama|phone|resident|name/i);
  });
});
