import type { Context } from 'aws-lambda';
import type { DigestBatch } from '../../domain/reminders/digest-batch.js';
import { type DigestDeps, sendDigestBatch } from '../../domain/reminders/send-digest-batch.js';
import { addPage, type Totals } from '../../domain/reminders/sweep-totals.js';
import { clock } from '../../runtime/clock.js';
import { employeeDocumentCounts, establishmentContacts } from '../../runtime/establishments.js';
import { eventHandler } from '../../runtime/event-handler.js';
import { pacedSmsSender, reminderLog } from '../../runtime/reminders.js';
import { smsBudget } from '../../runtime/sms.js';

export type DigestBatchState = DigestBatch & { totals: Totals };

/**
 * One page of one shard of the establishments' digests. The state machine calls it again with the
 * returned cursor until the shard is done; the totals travel with it.
 */
export const createHandler =
  (deps: Omit<DigestDeps, 'remainingMs'>) =>
  async (
    { totals, ...batch }: DigestBatchState,
    context?: Partial<Pick<Context, 'getRemainingTimeInMillis'>>,
  ): Promise<DigestBatchState> => {
    // Lambda tells the time left; the local runtime gives no context, or Middy's empty stand-in for one.
    const { cursor, ...page } = await sendDigestBatch(
      { ...deps, remainingMs: context?.getRemainingTimeInMillis?.bind(context) },
      batch,
    );
    return { shard: batch.shard, totals: addPage(totals, page), ...(cursor && { cursor }) };
  };

export const handler = eventHandler(
  createHandler({
    contacts: establishmentContacts(),
    counts: employeeDocumentCounts(),
    log: reminderLog(),
    cursors: reminderLog(),
    sms: pacedSmsSender(),
    budget: smsBudget(),
    clock,
  }),
);
