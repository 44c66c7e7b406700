import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../../web/src/shared/api/api-client.js';
import { groupByOf, volumesBySection, volumesOverTime } from '../../../../web/src/stats/stats-series.js';

const aGroup = (key: string, submitted: number, accepted = 0, rejected = 0, slaBreaches = 0): Schema<'StatsGroup'> => ({
  key,
  submitted,
  submittedByEstablishments: 0,
  decided: { accepted, rejected },
  closed: { NO_RESPONSE: 0 },
  appeals: { filed: 0, overturned: 0, upheld: 0 },
  slaBreaches,
  needsInfoRounds: 0,
  ratings: { count: 0, sum: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
  processingTime: { basedOn: 0, medianWorkingDays: null, p80WorkingDays: null, medianHours: null, p80Hours: null },
  slaBreachRate: null,
  appealOverturnRate: null,
  csat: null,
});

describe('the figures as the charts draw them', () => {
  it('when the period is a month, the days are added up per month, in order', () => {
    // Prepare
    const days = [aGroup('2027-02-01', 1, 1, 0, 1), aGroup('2027-01-31', 2, 0, 1), aGroup('2027-01-30', 3, 1, 1, 2)];
    // Act
    const months = volumesOverTime(days, 'month');
    // Assess
    expect(months).toEqual([
      { key: '2027-01', submitted: 5, decided: 3, slaBreaches: 2 },
      { key: '2027-02', submitted: 1, decided: 1, slaBreaches: 1 },
    ]);
    expect(groupByOf('month')).toBe('day');
  });

  it('when the period is a day or week, the API’s groups are drawn as they are, in order', () => {
    expect(volumesOverTime([aGroup('2027-01-10', 4), aGroup('2027-01-03', 2)], 'week').map((p) => p.key)).toEqual([
      '2027-01-03',
      '2027-01-10',
    ]);
    expect(groupByOf('week')).toBe('week');
  });

  it('when every section is read, the request types are added up per section, the busiest first, the idle left out', () => {
    // Prepare
    const sectionOf = new Map([
      ['EXIT_REENTRY_VISA', 'VISAS'],
      ['VISA_EXTENSION', 'VISAS'],
      ['IQAMA_ISSUANCE_RENEWAL', 'RESIDENCY'],
      ['GENERAL_INQUIRY', 'GENERAL'],
    ]);
    const types = [
      aGroup('EXIT_REENTRY_VISA', 2, 1),
      aGroup('IQAMA_ISSUANCE_RENEWAL', 5, 0, 2, 1),
      aGroup('VISA_EXTENSION', 1),
      aGroup('GENERAL_INQUIRY', 0),
    ];
    // Act
    const sections = volumesBySection(types, sectionOf);
    // Assess
    expect(sections).toEqual([
      { section: 'RESIDENCY', submitted: 5, decided: 2, slaBreaches: 1 },
      { section: 'VISAS', submitted: 3, decided: 1, slaBreaches: 0 },
    ]);
  });
});
