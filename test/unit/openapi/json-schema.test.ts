import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PAGE_QUERY } from '../../../functions/http/page-query.js';
import { calendarDate, text } from '../../../functions/http/validation.js';
import { componentSchemas, jsonSchemaOf } from '../../../lib/openapi/json-schema.js';

describe('jsonSchemaOf', () => {
  it('when a field is free text, its limits are told in code points, as the handler counts them', () => {
    // Prepare
    const schema = v.strictObject({ description: text({ min: 10, max: 4000 }) });

    // Act
    const json = jsonSchemaOf(schema, {});

    // Assess
    expect(json).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['description'],
      properties: { description: { type: 'string', minLength: 10, maxLength: 4000 } },
    });
    expect(json).not.toHaveProperty('$schema');
  });

  it('when a field is a calendar date, it is told as format date', () => {
    // Prepare, Act
    const json = jsonSchemaOf(v.object({ on: calendarDate() }), {});

    // Assess
    expect(json).toMatchObject({ properties: { on: { type: 'string', format: 'date' } } });
  });

  it('when a value is changed after it is read, it is told as sent; a check JSON Schema cannot tell fails the generator instead of being left out', () => {
    // Prepare
    const schema = v.object({
      code: v.pipe(
        v.string(),
        v.transform((value) => value.trim()),
        v.minLength(2),
      ),
    });
    const custom = v.object({ code: v.custom<string>((value) => typeof value === 'string') });

    // Act, Assess
    expect(jsonSchemaOf(schema, {})).toMatchObject({ properties: { code: { type: 'string' } } });
    expect(() => jsonSchemaOf(custom, {})).toThrow();
  });

  it('when a named schema is used, it is referred to as a component', () => {
    // Prepare
    const Named = v.pipe(v.object({ a: v.string() }), v.title('Named'));

    // Act
    const json = jsonSchemaOf(v.object({ one: Named, many: v.array(Named) }), { Named });
    const components = componentSchemas({ Named });

    // Assess
    expect(json).toMatchObject({
      properties: {
        one: { $ref: '#/components/schemas/Named' },
        many: { items: { $ref: '#/components/schemas/Named' } },
      },
    });
    expect(json).not.toHaveProperty('$defs');
    expect(components.Named).toMatchObject({ type: 'object', title: 'Named' });
  });

  it("when every page size up to four digits is tried, the handler accepts exactly the integers the contract's bounds allow", () => {
    // Prepare
    const query = v.strictObject(PAGE_QUERY);
    const told = (jsonSchemaOf(query, {}).properties as Record<string, { minimum: number; maximum: number }>).limit;
    const sizes = Array.from({ length: 10_000 }, (_, size) => size);

    // Act
    const disagreements = sizes.filter((size) => {
      const accepted = v.safeParse(query, { limit: String(size) }).success;
      return accepted !== (size >= (told?.minimum ?? Number.NaN) && size <= (told?.maximum ?? Number.NaN));
    });

    // Assess
    expect(told).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
    expect(disagreements).toEqual([]);
  });
});
