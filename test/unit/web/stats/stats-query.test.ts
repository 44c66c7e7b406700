import { describe, expect, it } from 'vitest';
import {
  addDays,
  isReadableWindow,
  riyadhDay,
  statsHref,
  statsQueryOf,
  windowDays,
} from '../../../../web/src/stats/stats-query.js';

describe("the statistics' window in the address", () => {
  it('when the address names a window, section and period, a reload reads back the same', () => {
    // Prepare
    const query = { section: 'VISAS' as const, from: '2027-01-01', to: '2027-03-31', period: 'month' as const };
    // Act
    const href = statsHref(query);
    // Assess
    expect(href).toBe('/statistics?section=VISAS&from=2027-01-01&to=2027-03-31&period=month');
    expect(statsQueryOf(href.slice(href.indexOf('?')), '2027-04-10', [])).toEqual(query);
  });

  it('when the address names no window or one the API would refuse, the last 30 days to today are read, per day', () => {
    for (const search of [
      '',
      '?from=2027-02-30&to=2027-03-01',
      '?from=2027-03-02&to=2027-03-01',
      '?from=2026-01-01&to=2027-03-01',
    ])
      expect(statsQueryOf(search, '2027-03-10', [])).toEqual({ from: '2027-02-09', to: '2027-03-10', period: 'day' });
  });

  it('when a reviewer opens it, their first section is read unless another of theirs is named; never one not theirs', () => {
    expect(statsQueryOf('', '2027-03-10', ['VISAS', 'FAMILY']).section).toBe('VISAS');
    expect(statsQueryOf('?section=FAMILY', '2027-03-10', ['VISAS', 'FAMILY']).section).toBe('FAMILY');
    expect(statsQueryOf('?section=GENERAL', '2027-03-10', ['VISAS']).section).toBe('VISAS');
  });

  it('when a supervisor names no section, every section is read', () => {
    expect(statsQueryOf('?section=', '2027-03-10', []).section).toBeUndefined();
  });

  it('when days are counted, both ends are included, a year and a day at most', () => {
    expect(windowDays('2028-01-01', '2028-12-31')).toBe(366);
    expect(isReadableWindow('2028-01-01', '2028-12-31')).toBe(true);
    expect(isReadableWindow('2027-01-01', '2028-01-02')).toBe(false);
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('when it is 21:30 UTC, it is already the next day in Riyadh', () => {
    expect(riyadhDay(new Date('2027-03-01T21:30:00Z'))).toBe('2027-03-02');
    expect(riyadhDay(new Date('2027-03-01T20:59:00Z'))).toBe('2027-03-01');
  });
});
