/**
 * The lengths the API takes for what a resident writes, in Unicode code points, as the contract
 * states them (functions/contract/openapi.json; a unit test holds the two together): the console
 * counts them live and stops at the limit, so nobody learns it from a refusal.
 */
export const TEXT_LIMITS = {
  /** SubmitInquiry's `description` (its minimum not counting leading and trailing spaces). */
  description: { min: 10, max: 4000 },
  /** ReplyToInquiry's `message`. */
  reply: { min: 1, max: 4000 },
  /** AppealInquiry's `reason`. */
  appeal: { min: 1, max: 4000 },
  /** RateInquiry's `comment`. */
  ratingComment: { min: 1, max: 1000 },
} as const;

/** Whether `text` fits a limit as the API counts it: code points, the minimum without surrounding spaces. */
export const fitsLimit = (text: string, limit: { min: number; max: number }): boolean =>
  [...text.trim()].length >= limit.min && [...text].length <= limit.max;
