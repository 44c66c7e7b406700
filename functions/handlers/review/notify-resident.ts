import { type NotifyDeps, notifyResident } from '../../domain/review/notify-resident.js';
import { SMS_MESSAGES, type SmsMessage } from '../../domain/sms/inquiry-templates.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { inquiryRepository } from '../../runtime/inquiries.js';
import { smsSender } from '../../runtime/sms.js';
import { awaitedStatusOf, referenceOf } from './workflow-task-input.js';

const messageOf = (input: { message?: unknown }): SmsMessage => {
  if (!(SMS_MESSAGES as readonly unknown[]).includes(input.message))
    throw new TypeError('Task input has no known SMS message');
  return input.message as SmsMessage;
};

/**
 * The workflow's SMS task: the step names the message (and, before a wait, the status waited in),
 * the inquiry gives the phone and the language.
 * Its result (the outcome, and the message id delivery receipts will name) is kept in the execution's
 * history only: the state machine discards it.
 */
export const createHandler =
  (deps: NotifyDeps) => async (event: { reference?: unknown; message?: unknown; awaiting?: unknown }) =>
    notifyResident(
      deps,
      referenceOf(event),
      messageOf(event),
      event.awaiting === undefined ? undefined : awaitedStatusOf(event),
    );

export const handler = eventHandler(createHandler({ inquiries: inquiryRepository(), sms: smsSender() }));
