import type { AttachmentRepository } from '../attachments/ports.js';
import type { Inquiry } from '../inquiries/inquiry.js';
import type { Reference } from '../inquiries/reference.js';
import type { Resident } from '../residents/resident.js';
import { InquiryNotFound, ValidationFailed } from '../shared/errors.js';
import { type IdempotencyClaims, type IdempotentOperation, idempotent } from '../shared/idempotency.js';
import type { WorkingCalendar } from '../shared/working-calendar.js';
import { type AppliedTransition, applyTransition, type ReviewDeps } from './apply-transition.js';
import type { ResidentMessage, Transition } from './transitions.js';

export interface FollowUpDeps extends ReviewDeps {
  attachments: AttachmentRepository;
  calendar: WorkingCalendar;
  claims: IdempotencyClaims;
}

/** A follow-up as the resident asked for it: `request` is what tells two of them apart. */
export interface FollowUp {
  operation: IdempotentOperation;
  request: unknown;
  transitionOf: (inquiry: Inquiry, now: Date) => Transition;
  message?: ResidentMessage;
}

/** Who follows an inquiry up: the resident it belongs to, or the establishment that filed it for them. */
export interface FollowingParty {
  /** The signed-in caller, whose idempotency keys these are. */
  caller: string;
  /** The inquiry, when this party may follow it up. @throws InquiryNotFound otherwise */
  inquiry(reference: Reference): Promise<Inquiry>;
}

const residentParty = (deps: FollowUpDeps, resident: Resident): FollowingParty => ({
  caller: resident.id,
  inquiry: async (reference) => {
    const inquiry = await deps.inquiries.findForResident(resident, reference);
    if (!inquiry) throw new InquiryNotFound('No such inquiry for this resident');
    return inquiry;
  },
});

/** A reply or an appeal may point only to this inquiry's own attachments, and none that was refused. */
const checkAttachments = async (deps: FollowUpDeps, reference: Reference, message: ResidentMessage) => {
  const found = await Promise.all((message.attachmentIds ?? []).map((id) => deps.attachments.find(reference, id)));
  const issues = found.flatMap((attachment, index) =>
    !attachment || attachment.status === 'REJECTED'
      ? [{ pointer: `/attachmentIds/${index}`, code: 'unknown_attachment' }]
      : [],
  );
  if (issues.length > 0) throw new ValidationFailed(issues);
};

/**
 * What a reply, an appeal and a rating share: the party's own inquiry, its Idempotency-Key, the
 * attachments a message points to, and the workflow told of the change.
 */
export const followUp = async (
  deps: FollowUpDeps,
  party: FollowingParty,
  reference: Reference,
  followUp: FollowUp,
  idempotencyKey: string | undefined,
): Promise<AppliedTransition & { replayed: boolean }> => {
  const now = deps.clock();
  const keyed = {
    key: idempotencyKey,
    owner: party.caller,
    operation: followUp.operation,
    request: [reference, followUp.request],
    now,
  };
  const { result, replayed } = await idempotent(deps.claims, keyed, {
    apply: async (claim) => {
      const inquiry = await party.inquiry(reference);
      const transition = followUp.transitionOf(inquiry, now);
      if (followUp.message) await checkAttachments(deps, reference, followUp.message);
      return applyTransition(deps, transition, now, claim?.(reference));
    },
    // The first request told the workflow; a replay changes nothing, so there is nothing to tell.
    replay: async (claimed) => ({
      inquiry: await party.inquiry(claimed as Reference),
      workflow: 'not-waiting' as const,
    }),
  });
  return { ...result, replayed };
};

/**
 * A use case of one kind of follow-up: called as every follow-up is (the resident, their inquiry,
 * what they sent, its key), it runs `followUp` with what `describe` makes of what they sent.
 */
export const followUpUseCase =
  <Request>(describe: (request: Request, deps: FollowUpDeps) => FollowUp) =>
  (deps: FollowUpDeps, resident: Resident, reference: Reference, request: Request, idempotencyKey?: string) =>
    followUp(deps, residentParty(deps, resident), reference, describe(request, deps), idempotencyKey);
