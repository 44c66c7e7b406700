import type { Context } from 'aws-lambda';
import type { ReminderBatch } from '../../domain/reminders/reminder-batch.js';
import { type ReminderDeps, sendReminderBatch } from '../../domain/reminders/send-reminder-batch.js';
import { addPage, type Totals } from '../../domain/reminders/sweep-totals.js';
import { clock } from '../../runtime/clock.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { pacedSmsSender, reminderLog } from '../../runtime/reminders.js';
import { documentRegister } from '../../runtime/residents.js';
import { smsBudget } from '../../runtime/sms.js';

export type BatchState = ReminderBatch & { totals: Totals };

/**
 * One page of one batch. The state machine calls it again with the returned cursor until the batch
 * is done; the batch's totals travel with it, so no step needs to remember anything.
 */
export const createHandler =
  (deps: Omit<ReminderDeps, 'remainingMs'>) =>
  async (
    { totals, ...batch }: BatchState,
    context?: Partial<Pick<Context, 'getRemainingTimeInMillis'>>,
  ): Promise<BatchState> => {
    // Lambda tells the time left; the local runtime gives no context, or Middy's empty stand-in for one.
    const { cursor, ...page } = await sendReminderBatch(
      { ...deps, remainingMs: context?.getRemainingTimeInMillis?.bind(context) },
      batch,
    );
    return {
      expiresOn: batch.expiresOn,
      leadDays: batch.leadDays,
      shard: batch.shard,
      totals: addPage(totals, page),
      ...(cursor && { cursor }),
    };
  };

export const handler = eventHandler(
  createHandler({
    register: documentRegister(),
    log: reminderLog(),
    cursors: reminderLog(),
    sms: pacedSmsSender(),
    budget: smsBudget(),
    clock,
  }),
);
