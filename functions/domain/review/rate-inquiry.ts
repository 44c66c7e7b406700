import { followUpUseCase } from './follow-up.js';
import { rate } from './transitions.js';

/** The resident's rating of a closed case, once, within its window. */
export const rateInquiry = followUpUseCase((rating: { score: number; comment?: string }) => ({
  operation: 'RateInquiry',
  request: rating,
  transitionOf: (inquiry, now) => rate(inquiry, rating, now),
}));
