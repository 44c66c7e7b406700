import type { Reference } from '../inquiries/reference.js';
import type { AppliedTransition } from '../review/apply-transition.js';
import { type FollowUpDeps, followUp } from '../review/follow-up.js';
import { type ResidentMessage, reply } from '../review/transitions.js';
import type { EmployeeDeps } from './employee-deps.js';
import { employeeInquiry } from './employee-inquiries.js';
import type { EstablishmentStaff } from './establishment-staff.js';

export type ReplyForEmployeeDeps = FollowUpDeps & Pick<EmployeeDeps, 'register'>;

/**
 * The establishment's answer to a request for information on an inquiry it filed, while the person
 * it is for is still its employee: the same rules as the employee's own reply, the timeline says who answered.
 * @throws InquiryNotFound, TransitionNotAllowed, ValidationFailed (an attachment not of this inquiry)
 */
export const replyForEmployee = (
  deps: ReplyForEmployeeDeps,
  staff: EstablishmentStaff,
  reference: Reference,
  message: ResidentMessage,
  idempotencyKey?: string,
): Promise<AppliedTransition & { replayed: boolean }> =>
  followUp(
    deps,
    { caller: staff.id, inquiry: (filed) => employeeInquiry(deps, staff, filed) },
    reference,
    {
      operation: 'ReplyToEmployeeInquiry',
      request: message,
      transitionOf: (inquiry, now) => reply(inquiry, message, now, 'establishment'),
      message,
    },
    idempotencyKey,
  );
