import type { Reference } from '../inquiries/reference.js';
import type { Resident } from '../residents/resident.js';
import { type FollowUpDeps, followUp } from './follow-up.js';
import { type ResidentMessage, reply } from './transitions.js';

/** The resident's answer to a request for information, with the attachments it points to. */
export const replyToInquiry = (
  deps: FollowUpDeps,
  resident: Resident,
  reference: Reference,
  message: ResidentMessage,
  idempotencyKey?: string,
) =>
  followUp(
    deps,
    resident,
    reference,
    {
      operation: 'ReplyToInquiry',
      request: message,
      transitionOf: (inquiry, now) => reply(inquiry, message, now),
      message,
    },
    idempotencyKey,
  );
