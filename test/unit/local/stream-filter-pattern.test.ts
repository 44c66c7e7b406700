import { describe, expect, it } from 'vitest';
import { recordFilterOf } from '../../../lib/local/stream-filter-pattern.js';
import { NEW_INQUIRIES_PATTERN } from '../../support/stream-mapping-template.js';

const record = (eventName: string, entity?: string) => ({
  eventName,
  dynamodb: { ...(entity && { NewImage: { entity: { S: entity } } }) },
});

describe('recordFilterOf', () => {
  it.each([
    ['a new inquiry', record('INSERT', 'INQUIRY'), true],
    ['a changed inquiry', record('MODIFY', 'INQUIRY'), false],
    ['a new attachment', record('INSERT', 'ATTACHMENT'), false],
    ['a record without the new image', record('INSERT'), false],
  ])('when the mapping lets new inquiries through, %s passes: %s', (_, given, passes) => {
    expect(recordFilterOf([NEW_INQUIRIES_PATTERN])(given)).toBe(passes);
  });

  it('when there are several patterns, a record passes any one of them; with none, every record passes', () => {
    // Prepare
    const inserts = JSON.stringify({ eventName: ['INSERT'] });
    const removals = JSON.stringify({ eventName: ['REMOVE', 'MODIFY'] });
    // Act
    const filter = recordFilterOf([inserts, removals]);
    // Assess
    expect([filter(record('INSERT')), filter(record('MODIFY')), filter({})]).toEqual([true, true, false]);
    expect(recordFilterOf([])({})).toBe(true);
  });

  it('when the field is a list, it passes if the list holds one of the strings', () => {
    const filter = recordFilterOf([JSON.stringify({ tags: ['urgent'] })]);
    expect([filter({ tags: ['late', 'urgent'] }), filter({ tags: ['late'] })]).toEqual([true, false]);
  });

  it.each([
    ['a numeric rule', { dynamodb: { NewImage: { revision: { N: [{ numeric: ['>', 1] }] } } } }],
    ['a prefix rule', { eventName: [{ prefix: 'INS' }] }],
    ['a number', { eventName: [1] }],
    ['an empty list', { eventName: [] }],
    ['a bare string', { eventName: 'INSERT' }],
  ])('when a pattern holds %s, it is refused at once rather than read wrongly', (_, pattern) => {
    expect(() => recordFilterOf([JSON.stringify(pattern)])).toThrow();
  });
});
