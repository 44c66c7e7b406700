import { followUpUseCase } from './follow-up.js';
import { type ResidentMessage, reply } from './transitions.js';

/** The resident's answer to a request for information, with the attachments it points to. */
export const replyToInquiry = followUpUseCase((message: ResidentMessage) => ({
  operation: 'ReplyToInquiry',
  request: message,
  transitionOf: (inquiry, now) => reply(inquiry, message, now),
  message,
}));
