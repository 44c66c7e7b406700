import { type ConversionConfig, type JsonSchema, toJsonSchema, toJsonSchemaDefs } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { PAGE_LIMITS, PAGE_QUERY } from '../../functions/http/page-query.js';

type AnySchema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;

/**
 * How the handlers' schemas are told in JSON Schema 2020-12 (OpenAPI 3.1's dialect):
 * - what a request must look like before it is read (`typeMode: 'input'`);
 * - but a page's size as the integer it is read as: a query string is text to the handler, and
 *   `limit=20` to a client, whose tools serialize an integer parameter the same way;
 * - `check` and `raw_check` are code JSON Schema cannot hold; each such schema states what it
 *   checks with `v.metadata` (lengths in code points, `format: date`). Any other action that cannot
 *   be converted still fails the generator, so nothing is left out unnoticed.
 */
const conversion = (definitions: Record<string, AnySchema>): ConversionConfig => ({
  target: 'draft-2020-12',
  typeMode: 'input',
  ignoreActions: ['raw_check', 'check'],
  definitions,
  overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  overrideSchema: ({ valibotSchema }) =>
    valibotSchema === PAGE_QUERY.limit
      ? {
          type: 'integer',
          minimum: 1,
          maximum: PAGE_LIMITS.max,
          default: PAGE_LIMITS.default,
          description: `How many items the page holds: 1–${PAGE_LIMITS.max}, ${PAGE_LIMITS.default} if left out.`,
        }
      : undefined,
});

const withoutDialect = ({ $schema: _dialect, $defs: _defs, ...schema }: JsonSchema): JsonSchema => schema;

/** A schema of one request or response, referring to the named ones as components. */
export const jsonSchemaOf = (schema: AnySchema, definitions: Record<string, AnySchema>): JsonSchema =>
  withoutDialect(toJsonSchema(schema, conversion(definitions)));

/** The named schemas themselves, as the document's `components.schemas`. */
export const componentSchemas = (definitions: Record<string, AnySchema>): Record<string, JsonSchema> =>
  Object.fromEntries(
    Object.entries(toJsonSchemaDefs(definitions, conversion(definitions))).map(([name, schema]) => [
      name,
      withoutDialect(schema),
    ]),
  );
