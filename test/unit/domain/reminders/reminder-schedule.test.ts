import { describe, expect, it } from 'vitest';
import { DEFAULT_LEAD_DAYS } from '../../../../functions/contract/reminder-leads.js';
import { dueDates, parseLeadDays, sweepLeads } from '../../../../functions/domain/reminders/reminder-schedule.js';

describe('reminder schedule', () => {
  it('when swept on 2026-01-31 with the default leads, it looks for documents expiring 30, 14, 7 and 1 days ahead and yesterday', () => {
    expect(dueDates('2026-01-31', DEFAULT_LEAD_DAYS)).toEqual([
      { leadDays: 30, expiresOn: '2026-03-02' },
      { leadDays: 14, expiresOn: '2026-02-14' },
      { leadDays: 7, expiresOn: '2026-02-07' },
      { leadDays: 1, expiresOn: '2026-02-01' },
      { leadDays: -1, expiresOn: '2026-01-30' },
    ]);
  });

  it('when the lead crosses a leap day, the expiry date is February 29th', () => {
    expect(dueDates('2028-02-15', [14])).toEqual([
      { leadDays: 14, expiresOn: '2028-02-29' },
      { leadDays: -1, expiresOn: '2028-02-14' },
    ]);
  });

  it('when the deployment configures other leads, duplicates are dropped, the longest comes first and the last notice is appended', () => {
    expect(sweepLeads([7, 60, 7, 1, 366])).toEqual([366, 60, 7, 1, -1]);
  });

  it.each([[[0]], [[-3]], [[1.5]], [[400]], [[30, Number.NaN]]])(
    'when a lead of %j is configured, it is refused with a RangeError',
    (leads) => {
      expect(() => sweepLeads(leads)).toThrow(RangeError);
      expect(() => dueDates('2026-11-25', leads)).toThrow(RangeError);
    },
  );

  it('when no lead list is configured, the defaults are used', () => {
    expect(parseLeadDays(undefined)).toEqual([30, 14, 7, 1]);
    expect(parseLeadDays('  ')).toEqual([30, 14, 7, 1]);
  });

  it('when a comma-separated list is configured, it is read as numbers; a malformed entry is refused when the sweep plans', () => {
    expect(parseLeadDays('60, 30')).toEqual([60, 30]);
    expect(() => sweepLeads(parseLeadDays('60,,30'))).toThrow(RangeError);
    expect(() => sweepLeads(parseLeadDays('thirty'))).toThrow(RangeError);
  });
});
