/** Whether a record passes a filter. */
export type RecordFilter = (record: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A field passes a list of literal strings when it is one of them (or, being a list, holds one).
 * Nothing else of the filter rule syntax (numbers, prefixes, anything-but, exists…) is read.
 */
const compile = (pattern: unknown, where: string): RecordFilter => {
  if (!isObject(pattern)) throw new Error(`The filter pattern at ${where} is not an object`);
  const fields = Object.entries(pattern).map(([name, rule]): RecordFilter => {
    const at = `${where}.${name}`;
    if (Array.isArray(rule)) {
      if (rule.length === 0 || !rule.every((value) => typeof value === 'string'))
        throw new Error(
          `The local runtime reads only lists of strings in filter patterns, not ${JSON.stringify(rule)} at ${at}`,
        );
      const allowed = new Set<unknown>(rule);
      return (record) => {
        const value = isObject(record) ? record[name] : undefined;
        return Array.isArray(value) ? value.some((item) => allowed.has(item)) : allowed.has(value);
      };
    }
    const nested = compile(rule, at);
    return (record) => isObject(record) && nested(record[name]);
  });
  return (record) => fields.every((field) => field(record));
};

/**
 * The filter of an event source mapping's `FilterCriteria`, for the subset of Lambda's pattern
 * syntax the templates use: nested objects whose leaves are lists of strings. A record passes when
 * any of the patterns matches; with none, every record passes. Any other syntax is refused here, at
 * start-up, rather than read wrongly while records flow.
 */
export const recordFilterOf = (patterns: readonly string[]): RecordFilter => {
  if (patterns.length === 0) return () => true;
  const filters = patterns.map((pattern, index) => compile(JSON.parse(pattern), `Filters[${index}]`));
  return (record) => filters.some((filter) => filter(record));
};
