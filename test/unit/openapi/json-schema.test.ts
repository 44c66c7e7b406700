import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PAGE_QUERY } from '../../../functions/http/page-query.js';
import { calendarDate, parseInput, text } from '../../../functions/http/validation.js';
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

  it("when every page size up to four digits is tried, the contract's pattern accepts exactly what the handler accepts", () => {
    // Prepare
    const query = v.strictObject(PAGE_QUERY);
    const pattern = String((jsonSchemaOf(query, {}).properties as Record<string, { pattern?: string }>).limit?.pattern);
    const told = new RegExp(pattern);
    const sizes = Array.from({ length: 11110 }, (_, index) => {
      const width = index < 10 ? 1 : index < 110 ? 2 : index < 1110 ? 3 : 4;
      const offset = [0, 10, 110, 1110][width - 1] ?? 0;
      return String(index - offset).padStart(width, '0');
    });

    // Act
    const disagreements = sizes.filter((limit) => {
      let accepted = true;
      try {
        parseInput(query, { limit }, '/query');
      } catch {
        accepted = false;
      }
      return accepted !== told.test(limit);
    });

    // Assess
    expect(sizes).toContain('0100');
    expect(disagreements).toEqual([]);
  });
});
