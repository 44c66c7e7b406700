import { followUpUseCase } from './follow-up.js';
import { appeal, type ResidentMessage } from './transitions.js';

/** The resident's appeal against a rejection, within its window, with the attachments it points to. */
export const appealInquiry = followUpUseCase((message: ResidentMessage, deps) => ({
  operation: 'AppealInquiry',
  request: message,
  transitionOf: (inquiry, now) => appeal(inquiry, message, now, deps.calendar),
  message,
}));
