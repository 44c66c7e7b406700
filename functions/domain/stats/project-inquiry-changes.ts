import type { Inquiry } from '../inquiries/inquiry.js';
import type { WorkingCalendar } from '../shared/working-calendar.js';
import type { StatsStore } from './ports.js';
import { statsChangeOf } from './stats-deltas.js';

/** One stored write of an inquiry, where it stands in the stream, with the item before (none when new) and after. */
export interface InquiryChange {
  position: string;
  before?: Inquiry;
  after: Inquiry;
}

export interface ProjectionDeps {
  store: StatsStore;
  calendar: WorkingCalendar;
}

export interface ProjectionOutcome {
  /** Counted now. */
  applied: number;
  /** Counted before: delivered again. */
  repeated: number;
  /** Nothing to count (no change of the inquiry, or one that counts nothing). */
  skipped: number;
  /** The first change that could not be counted, and why; none after it was tried. */
  failed?: { position: string; error: unknown };
}

/**
 * Counts each change of inquiries in the statistics, in order. It stops at the first change it
 * cannot count, so that the stream delivers that one and every one after it again; those counted
 * before it are told apart then by their markers.
 */
export const projectInquiryChanges = async (
  deps: ProjectionDeps,
  changes: readonly InquiryChange[],
): Promise<ProjectionOutcome> => {
  const outcome: ProjectionOutcome = { applied: 0, repeated: 0, skipped: 0 };
  for (const { position, before, after } of changes) {
    const change = statsChangeOf(before, after, deps.calendar);
    if (!change) {
      outcome.skipped++;
      continue;
    }
    try {
      if ((await deps.store.apply(change)) === 'applied') outcome.applied++;
      else outcome.repeated++;
    } catch (error) {
      return { ...outcome, failed: { position, error } };
    }
  }
  return outcome;
};
