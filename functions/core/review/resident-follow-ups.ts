import { InquiryNotFound, ValidationFailed } from '../errors.js';
import type { Inquiry } from '../inquiry.js';
import type { AttachmentRepository } from '../ports.js';
import type { Reference } from '../reference.js';
import type { Resident } from '../resident.js';
import type { WorkingCalendar } from '../working-calendar.js';
import { type AppliedTransition, type ReviewDeps, applyTransition } from './apply-transition.js';
import { type ResidentMessage, type Transition, appeal, rate, reply } from './transitions.js';

export interface FollowUpDeps extends ReviewDeps {
  attachments: AttachmentRepository;
  calendar: WorkingCalendar;
}

const ownInquiry = async (deps: FollowUpDeps, resident: Resident, reference: Reference): Promise<Inquiry> => {
  const inquiry = await deps.inquiries.findForResident(resident.id, reference);
  if (!inquiry) throw new InquiryNotFound('No such inquiry for this resident');
  return inquiry;
};

/** A reply or an appeal may point only to this inquiry's own attachments, and none that was refused. */
const checkAttachments = async (deps: FollowUpDeps, reference: Reference, message: ResidentMessage) => {
  const found = await Promise.all((message.attachmentIds ?? []).map((id) => deps.attachments.find(reference, id)));
  const issues = found.flatMap((attachment, index) =>
    !attachment || attachment.status === 'REJECTED' ? [{ pointer: `/attachmentIds/${index}`, code: 'unknown_attachment' }] : [],
  );
  if (issues.length > 0) throw new ValidationFailed(issues);
};

const followUp = async (
  deps: FollowUpDeps,
  resident: Resident,
  reference: Reference,
  transitionOf: (inquiry: Inquiry, now: Date) => Transition,
  message?: ResidentMessage,
): Promise<AppliedTransition> => {
  const inquiry = await ownInquiry(deps, resident, reference);
  const now = deps.clock();
  const transition = transitionOf(inquiry, now);
  if (message) await checkAttachments(deps, reference, message);
  return applyTransition(deps, transition, now);
};

export const replyToInquiry = (deps: FollowUpDeps, resident: Resident, reference: Reference, message: ResidentMessage) =>
  followUp(deps, resident, reference, (inquiry, now) => reply(inquiry, message, now), message);

export const appealInquiry = (deps: FollowUpDeps, resident: Resident, reference: Reference, message: ResidentMessage) =>
  followUp(deps, resident, reference, (inquiry, now) => appeal(inquiry, message, now, deps.calendar), message);

export const rateInquiry = (deps: FollowUpDeps, resident: Resident, reference: Reference, rating: { score: number; comment?: string }) =>
  followUp(deps, resident, reference, (inquiry, now) => rate(inquiry, rating, now));
