import type { Schema } from '../shared/api/api-client.js';

/** The reviewer's latest word to the resident: the newest note a reviewer wrote in the timeline, if any. */
export const latestReviewerNote = (timeline: readonly Schema<'TimelineEntry'>[]): string | undefined =>
  timeline.findLast((entry) => entry.actor === 'reviewer' && entry.note)?.note;
