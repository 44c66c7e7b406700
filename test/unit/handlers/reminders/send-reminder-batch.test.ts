import type { Context } from 'aws-lambda';
import { beforeEach, describe, expect, it } from 'vitest';
import { NO_TOTALS } from '../../../../functions/domain/reminders/sweep-totals.js';
import { type BatchState, createHandler } from '../../../../functions/handlers/reminders/send-reminder-batch.js';
import { eventHandler } from '../../../../functions/runtime/event-handler.js';
import { aDueDocument, DEFAULT_EXPIRY } from '../../../support/documents.js';
import {
  InMemoryDocumentRegister,
  InMemoryPageCursors,
  InMemoryReminderLog,
  RecordingSmsSender,
} from '../../../support/in-memory-reminders.js';
import { unlimitedSmsBudget } from '../../../support/unlimited-sms-budget.js';

const state: BatchState = { expiresOn: DEFAULT_EXPIRY, leadDays: 30, shard: 0, totals: NO_TOTALS };
const due = aDueDocument('doc-1');

describe('the reminder batch function', () => {
  let register: InMemoryDocumentRegister;
  let sms: RecordingSmsSender;
  let batch: ReturnType<typeof eventHandler<BatchState, BatchState>>;

  beforeEach(() => {
    register = new InMemoryDocumentRegister().setDuePage(state.expiresOn, 0, undefined, { items: [due], itemsRead: 1 });
    sms = new RecordingSmsSender();
    const log = new InMemoryReminderLog();
    batch = eventHandler(
      createHandler({
        register,
        log,
        cursors: new InMemoryPageCursors(),
        sms,
        clock: () => new Date('2026-11-25T06:00:00Z'),
        budget: unlimitedSmsBudget,
      }),
    );
  });

  it('when it is invoked with no Lambda context, as the local runtime invokes it, the page is sent without a time limit', async () => {
    // Act
    const result = await batch(state, undefined as unknown as Context);
    // Assess
    expect(sms.sent).toHaveLength(1);
    expect(result.totals).toMatchObject({ due: 1, sent: 1 });
    expect(result.cursor).toBeUndefined();
  });

  it('when the invocation is about to time out, the batch stops before taking the document and asks to be called again', async () => {
    // Prepare
    const almostOut = { getRemainingTimeInMillis: () => 5_000 } as Context;
    // Act
    const result = await batch(state, almostOut);
    // Assess
    expect(sms.sent).toEqual([]);
    expect(result.cursor).toBe('FROM_START');
  });
});
