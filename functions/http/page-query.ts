import * as v from 'valibot';

/** How many items a page of a list holds unless the caller asks for fewer or more, and the most it may ask for. */
export const PAGE_LIMITS = { default: 20, max: 100 } as const;

/** The query parameters every paged list takes, spread into its query's strict object: the page's size, and where the last page ended. */
export const PAGE_QUERY = {
  limit: v.optional(
    v.pipe(v.string(), v.digits(), v.maxLength(4), v.transform(Number), v.minValue(1), v.maxValue(PAGE_LIMITS.max)),
    String(PAGE_LIMITS.default),
  ),
  cursor: v.optional(
    v.pipe(
      v.string(),
      v.description('Where the previous page ended: its `nextCursor`, as given.'),
      v.minLength(1),
      v.maxLength(1024),
    ),
  ),
};

/** A page's pointer to the next one, in every paged answer. */
export const NEXT_CURSOR = v.optional(
  v.pipe(
    v.string(),
    v.description('Present when the page is full: pass it as `cursor` for the next page, which may be empty.'),
  ),
);
