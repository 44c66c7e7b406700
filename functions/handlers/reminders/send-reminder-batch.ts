import type { Context } from 'aws-lambda';
import { productionReminders } from '../../runtime/production-reminders.js';
import { type Totals, addPage } from '../../domain/reminders/sweep-totals.js';
import type { ReminderBatch } from '../../domain/reminders/reminder-batch.js';
import { type ReminderDeps, sendReminderBatch } from '../../domain/reminders/send-reminder-batch.js';

export type BatchState = ReminderBatch & { totals: Totals };

/**
 * One page of one batch. The state machine calls it again with the returned cursor until the batch
 * is done; the batch's totals travel with it, so no step needs to remember anything.
 */
export const createHandler =
  (deps: Omit<ReminderDeps, 'remainingMs'>) =>
  async ({ totals, ...batch }: BatchState, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<BatchState> => {
    const { cursor, ...page } = await sendReminderBatch({ ...deps, remainingMs: context && (() => context.getRemainingTimeInMillis()) }, batch);
    return { expiresOn: batch.expiresOn, leadDays: batch.leadDays, shard: batch.shard, totals: addPage(totals, page), ...(cursor && { cursor }) };
  };

export const handler = createHandler(productionReminders);
