import { type ConversionConfig, type JsonSchema, toJsonSchema, toJsonSchemaDefs } from '@valibot/to-json-schema';
import type * as v from 'valibot';

type AnySchema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;

/**
 * How the handlers' schemas are told in JSON Schema 2020-12 (OpenAPI 3.1's dialect):
 * - what a request must look like before it is read (`typeMode: 'input'`: a query's `limit` is the
 *   string that is sent, not the number it becomes);
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
