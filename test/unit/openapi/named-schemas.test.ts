import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { namedSchemas } from '../../../lib/openapi/named-schemas.js';

describe('namedSchemas', () => {
  it('when titled schemas sit inside objects, arrays, optionals and variants, it finds each once, by its title', () => {
    // Prepare
    const Inner = v.pipe(v.object({ at: v.string() }), v.title('Inner'));
    const Item = v.pipe(v.object({ inner: v.optional(Inner) }), v.title('Item'));
    const Page = v.pipe(
      v.object({
        items: v.array(Item),
        choice: v.variant('kind', [v.object({ kind: v.literal('A'), again: Inner })]),
        byName: v.record(v.string(), Item),
      }),
      v.title('Page'),
    );

    // Act
    const named = namedSchemas([Page, Item]);

    // Assess
    expect(Object.keys(named)).toEqual(['Inner', 'Item', 'Page']);
    expect(named.Inner).toBe(Inner);
  });

  it('when two different schemas carry one title, it refuses them rather than lose one', () => {
    // Prepare
    const first = v.pipe(v.object({ a: v.string() }), v.title('Same'));
    const second = v.pipe(v.object({ b: v.string() }), v.title('Same'));

    // Act, Assess
    expect(() => namedSchemas([v.object({ first, second })])).toThrow('Two different schemas are titled Same');
  });

  it('when a schema names a property __proto__ or constructor, it walks it as any other', () => {
    // Prepare
    const Hostile = v.pipe(v.object({ __proto__: v.string(), constructor: v.number() }), v.title('Hostile'));

    // Act
    const named = namedSchemas([v.object({ nested: Hostile })]);

    // Assess
    expect(Object.keys(named)).toEqual(['Hostile']);
  });
});
