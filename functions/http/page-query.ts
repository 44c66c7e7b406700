import * as v from 'valibot';

/** Items on a page of a list: the default, and the most a caller may ask for. */
export const PAGE_LIMITS = { default: 20, max: 100 } as const;

/** The query parameters that page through a list: `limit`, and the `cursor` the previous page returned. */
export const pageQueryEntries = {
  limit: v.optional(
    v.pipe(v.string(), v.digits(), v.maxLength(4), v.transform(Number), v.minValue(1), v.maxValue(PAGE_LIMITS.max)),
    String(PAGE_LIMITS.default),
  ),
  cursor: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(1024))),
};
