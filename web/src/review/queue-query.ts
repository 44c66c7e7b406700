import type { Schema } from '../shared/api/api-client.js';

export type Section = Schema<'QueueItem'>['section'];

/** The statuses the queue holds, and so the ones it can be filtered by. */
export const QUEUE_STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'NEEDS_INFO', 'APPEALED'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/**
 * Which part of the queue the page shows, as its address says it: a reload or a shared link shows
 * the same filter and the same page. `earlier` holds the cursors of the pages before this one
 * ('' for the first), so that "previous" works from a shared link too.
 */
export interface QueueQuery {
  section?: Section;
  status?: QueueStatus;
  cursor?: string;
  earlier: string[];
}

const MAX_CURSOR = 1024;

const isStatus = (value: string | null): value is QueueStatus => (QUEUE_STATUSES as readonly unknown[]).includes(value);

/**
 * Reads the address's query. What cannot be right is dropped rather than sent: a section that is
 * not the reviewer's, a status the queue does not hold, a cursor longer than the API takes.
 */
export const queueQueryOf = (search: string, sections: readonly string[]): QueueQuery => {
  const params = new URLSearchParams(search);
  const section = params.get('section');
  const status = params.get('status');
  const cursor = params.get('cursor');
  const keep = (value: string) => value.length <= MAX_CURSOR;
  return {
    ...(section && sections.includes(section) ? { section: section as Section } : {}),
    ...(isStatus(status) ? { status } : {}),
    ...(cursor && keep(cursor) ? { cursor, earlier: params.getAll('earlier').filter(keep) } : { earlier: [] }),
  };
};

/** The address of the queue at `query`: `/review?section=…&status=…&cursor=…&earlier=…`. */
export const queueHref = (query: QueueQuery): string => {
  const params = new URLSearchParams();
  if (query.section) params.set('section', query.section);
  if (query.status) params.set('status', query.status);
  if (query.cursor) {
    params.set('cursor', query.cursor);
    for (const cursor of query.earlier) params.append('earlier', cursor);
  }
  const search = params.toString();
  return search ? `/review?${search}` : '/review';
};

/** A new filter starts again from the first page. */
export const filtered = (filter: Pick<QueueQuery, 'section' | 'status'>): QueueQuery => ({
  ...(filter.section ? { section: filter.section } : {}),
  ...(filter.status ? { status: filter.status } : {}),
  earlier: [],
});

/** The page after this one, which the API's `nextCursor` starts. */
export const nextPage = (query: QueueQuery, nextCursor: string): QueueQuery => ({
  ...query,
  cursor: nextCursor,
  earlier: [...query.earlier, query.cursor ?? ''],
});

/** The page before this one, or undefined on the first. */
export const previousPage = (query: QueueQuery): QueueQuery | undefined => {
  if (!query.cursor) return undefined;
  const cursor = query.earlier.at(-1);
  const filter = filtered(query);
  return cursor ? { ...filter, cursor, earlier: query.earlier.slice(0, -1) } : filter;
};

/** This page's number, counting from 1. */
export const pageNumber = (query: QueueQuery): number => (query.cursor ? query.earlier.length + 1 : 1);
