import { describe, expect, it } from 'vitest';
import { checkLeadDays, DEFAULT_LEAD_DAYS, LEAD_DAYS_RANGE } from '../../../functions/contract/reminder-leads.js';

describe('the lead times a deployment may configure', () => {
  it('when the defaults and the bounds of the range are checked, they pass', () => {
    // Prepare
    const lists = [DEFAULT_LEAD_DAYS, [LEAD_DAYS_RANGE.min, LEAD_DAYS_RANGE.max]];
    // Act
    const checks = lists.map((list) => () => checkLeadDays(list));
    // Assess
    for (const check of checks) expect(check).not.toThrow();
  });

  it('when a list holds days outside the range or not whole, it is refused with a RangeError naming only those', () => {
    // Prepare
    const list = [30, 0, 367, 7, 1.5];
    // Act
    const check = () => checkLeadDays(list);
    // Assess
    expect(check).toThrow(RangeError);
    expect(check).toThrow('Reminder lead times must be whole days from 1 to 366: 0, 367, 1.5');
  });
});
