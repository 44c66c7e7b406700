import type * as v from 'valibot';

type AnySchema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;

// The places a valibot schema keeps the schemas it is made of.
const partsOf = (schema: Record<string, unknown>): unknown[] => [
  ...(Array.isArray(schema.pipe) ? schema.pipe : []),
  ...(schema.entries && typeof schema.entries === 'object' ? Object.values(schema.entries) : []),
  ...(Array.isArray(schema.options) ? schema.options : []),
  schema.item,
  schema.wrapped,
  schema.key,
  schema.value,
];

const titleOf = (schema: Record<string, unknown>): string | undefined => {
  const pipe = Array.isArray(schema.pipe) ? (schema.pipe as Record<string, unknown>[]) : [];
  const action = pipe.find((item) => item.kind === 'metadata' && item.type === 'title');
  return typeof action?.title === 'string' ? action.title : undefined;
};

/**
 * The schemas that name themselves with `v.title(…)`, found anywhere inside `roots`: each becomes
 * one of the document's components and is referred to wherever it is used. Two different schemas
 * with one title would make one of them unreachable, so they are refused.
 */
export const namedSchemas = (roots: readonly AnySchema[]): Record<string, AnySchema> => {
  const named = new Map<string, AnySchema>();
  const seen = new Set<unknown>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const schema = node as Record<string, unknown>;
    if (schema.kind !== 'schema') return;
    const title = titleOf(schema);
    if (title) {
      const other = named.get(title);
      if (other && other !== node) throw new Error(`Two different schemas are titled ${title}`);
      named.set(title, node as AnySchema);
    }
    for (const part of partsOf(schema)) visit(part);
  };
  for (const root of roots) visit(root);
  return Object.fromEntries([...named].sort(([a], [b]) => a.localeCompare(b)));
};
