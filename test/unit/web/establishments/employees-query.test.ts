import { describe, expect, it } from 'vitest';
import {
  employeeHref,
  employeesApiQuery,
  employeesFilterOf,
  employeesHref,
  isNotYourEmployee,
  withinDaysOf,
} from '../../../../web/src/establishments/employees-query.js';

describe("the establishment's list of employees' documents, as its address says it", () => {
  it('when the address names a window and a type, a reload reads back the same filter', () => {
    // Prepare
    const filter = { expiringWithinDays: 30, documentType: 'IQAMA' as const };
    // Act
    const href = employeesHref(filter);
    const read = employeesFilterOf(href.slice(href.indexOf('?')));
    // Assess
    expect(href).toBe('/establishment/employees?expiringWithinDays=30&documentType=IQAMA');
    expect(read).toEqual(filter);
  });

  it('when nothing is filtered, the address is the bare list', () => {
    // Act & Assess
    expect(employeesHref({})).toBe('/establishment/employees');
    expect(employeesFilterOf('')).toEqual({});
  });

  it('when a window of 0 days is asked for (expired and expiring today), it is kept, not taken for none', () => {
    // Act
    const read = employeesFilterOf('?expiringWithinDays=0');
    // Assess
    expect(read).toEqual({ expiringWithinDays: 0 });
    expect(employeesHref(read)).toBe('/establishment/employees?expiringWithinDays=0');
  });

  it.each([
    ['a window over a year', '?expiringWithinDays=367'],
    ['a negative window', '?expiringWithinDays=-1'],
    ['a fraction', '?expiringWithinDays=1.5'],
    ['words', '?expiringWithinDays=soon'],
    ['a type the register does not hold', '?documentType=DRIVING_LICENCE'],
    ['a hostile type', '?documentType=__proto__'],
  ])('when the address holds %s, it is dropped rather than sent to the API', (_, search) => {
    // Act & Assess
    expect(employeesFilterOf(search)).toEqual({});
  });

  it.each([
    ['', undefined],
    ['  ', undefined],
    ['0', 0],
    ['30', 30],
    [' 366 ', 366],
    ['367', 'invalid'],
    ['-3', 'invalid'],
    ['1e2', 'invalid'],
    ['٣٠', 'invalid'],
  ] as const)('when %j is typed as the window, it reads as %j', (typed, days) => {
    // Act & Assess
    expect(withinDaysOf(typed)).toBe(days);
  });

  it('when a later page is read, the API is asked with the filter as its parameters and the cursor', () => {
    // Act & Assess
    expect(employeesApiQuery({ expiringWithinDays: 0, documentType: 'PASSPORT' }, 'c1')).toEqual({
      expiringWithinDays: '0',
      documentType: 'PASSPORT',
      cursor: 'c1',
    });
    expect(employeesApiQuery({})).toEqual({});
  });

  it('when an employee is linked to, the address is their page under the list', () => {
    // Act & Assess
    expect(employeeHref('2000000006')).toBe('/establishment/employees/2000000006');
  });

  it.each([
    [404, true],
    [400, true],
    [401, false],
    [409, false],
    [500, false],
    [0, false],
  ])('when reading an employee answers %i, it is told as no employee of yours: %s', (status, notYours) => {
    // Act & Assess
    expect(isNotYourEmployee({ status })).toBe(notYours);
    expect(isNotYourEmployee(undefined)).toBe(false);
  });
});
