import { describe, expect, it } from 'vitest';
import {
  filtered,
  nextPage,
  pageNumber,
  previousPage,
  queueHref,
  queueQueryOf,
} from '../../../../web/src/review/queue-query.js';

const SECTIONS = ['VISAS', 'RESIDENCY'];

describe("the review queue's place in the address", () => {
  it('when the address names a section, status and page, a reload reads back the same filter and page', () => {
    // Prepare
    const query = { section: 'RESIDENCY' as const, status: 'APPEALED' as const, cursor: 'c2', earlier: ['', 'c1'] };
    // Act
    const href = queueHref(query);
    const read = queueQueryOf(href.slice(href.indexOf('?')), SECTIONS);
    // Assess
    expect(href).toBe('/review?section=RESIDENCY&status=APPEALED&cursor=c2&earlier=&earlier=c1');
    expect(read).toEqual(query);
  });

  it('when the address names a section not the reviewer’s, a status the queue does not hold or an overlong cursor, they are dropped', () => {
    // Act
    const read = queueQueryOf(`?section=FAMILY&status=CLOSED&cursor=${'x'.repeat(1025)}&earlier=a`, SECTIONS);
    // Assess
    expect(read).toEqual({ earlier: [] });
    expect(queueHref(read)).toBe('/review');
  });

  it('when the reviewer pages forward twice and back twice, they are on the first page again, the filter kept', () => {
    // Prepare
    const first = filtered({ section: 'VISAS', status: 'NEEDS_INFO' });
    // Act
    const second = nextPage(first, 'c1');
    const third = nextPage(second, 'c2');
    const back = previousPage(third);
    const backAgain = back && previousPage(back);
    // Assess
    expect([pageNumber(first), pageNumber(second), pageNumber(third)]).toEqual([1, 2, 3]);
    expect(back).toEqual(second);
    expect(backAgain).toEqual(first);
    expect(previousPage(first)).toBeUndefined();
  });

  it('when the filter changes on a later page, the queue starts again from its first page', () => {
    // Prepare
    const later = nextPage(filtered({ section: 'VISAS' }), 'c1');
    // Act
    const changed = filtered({ ...later, status: 'APPEALED' });
    // Assess
    expect(changed).toEqual({ section: 'VISAS', status: 'APPEALED', earlier: [] });
  });
});
