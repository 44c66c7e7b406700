import { DAY_MS } from '../shared/calendar-date.js';

/** The time limits of the review, from the service's published rules. */
export const REVIEW_RULES = {
  /** A resident has this long to answer a request for information; then the case closes. */
  replyDays: 14,
  /** The reminder goes out this long before the reply is due. */
  reminderDaysBeforeDue: 3,
  /** A rejection may be appealed for this long. */
  appealDays: 30,
  /** A closed case may be rated for this long. */
  ratingDays: 14,
  /**
   * An escalated inquiry is looked at again this often, so that a decision whose callback was
   * lost still moves the workflow on within a day.
   */
  escalatedRecheckHours: 24,
  /**
   * A request for information that reached no one is looked at again this often: a receipt may
   * still come, or the resident open the inquiry, and the 14 days start from then.
   */
  unreachedRecheckHours: 24,
} as const;

export const addDays = (at: Date, days: number): Date => new Date(at.getTime() + days * DAY_MS);
