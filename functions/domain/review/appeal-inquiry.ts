import type { Reference } from '../inquiries/reference.js';
import type { Resident } from '../residents/resident.js';
import { type FollowUpDeps, followUp } from './follow-up.js';
import { appeal, type ResidentMessage } from './transitions.js';

/** The resident's appeal against a rejection, within its window, with the attachments it points to. */
export const appealInquiry = (
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
      operation: 'AppealInquiry',
      request: message,
      transitionOf: (inquiry, now) => appeal(inquiry, message, now, deps.calendar),
      message,
    },
    idempotencyKey,
  );
