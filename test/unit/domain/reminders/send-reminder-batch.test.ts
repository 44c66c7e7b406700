import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderBatch } from '../../../../functions/domain/reminders/reminder-batch.js';
import {
  FROM_START,
  PAGE_SIZE,
  type ReminderDeps,
  sendReminderBatch,
} from '../../../../functions/domain/reminders/send-reminder-batch.js';
import { SmsNotSent } from '../../../../functions/domain/shared/errors.js';
import { renderExpiryReminder } from '../../../../functions/domain/sms/reminder-templates.js';
import { aDueDocument, DEFAULT_EXPIRY } from '../../../support/documents.js';
import {
  InMemoryDocumentRegister,
  InMemoryPageCursors,
  InMemoryReminderLog,
  RecordingSmsSender,
} from '../../../support/in-memory-reminders.js';
import { unlimitedSmsBudget } from '../../../support/unlimited-sms-budget.js';

const expiresOn = DEFAULT_EXPIRY;
const batch: ReminderBatch = { expiresOn, leadDays: 30, shard: 3 };
const keyOf = (documentId: string) => ({ documentId, expiresOn, leadDays: 30 });

describe('sending due reminders', () => {
  let register: InMemoryDocumentRegister;
  let log: InMemoryReminderLog;
  let sms: RecordingSmsSender;
  let deps: ReminderDeps;
  let cursors: InMemoryPageCursors;

  beforeEach(() => {
    register = new InMemoryDocumentRegister();
    log = new InMemoryReminderLog();
    sms = new RecordingSmsSender();
    cursors = new InMemoryPageCursors();
    deps = { register, log, cursors, sms, clock: () => new Date('2026-11-24T21:30:00Z'), budget: unlimitedSmsBudget };
  });

  it('when documents are due, one SMS goes to each, in its own locale, and each is logged as sent', async () => {
    // Prepare
    const english = aDueDocument('doc-en');
    const arabic = aDueDocument('doc-ar', {
      type: 'PASSPORT',
      dependent: true,
      contact: { phone: '+966500000002', locale: 'ar', smsReminders: true },
    });
    register.setDuePage(expiresOn, 3, undefined, { items: [english, arabic], itemsRead: 2 });
    // Act
    const result = await sendReminderBatch(deps, batch);
    // Assess
    expect(result).toEqual({
      due: 2,
      sent: 2,
      skipped: 0,
      alreadyHandled: 0,
      uncertain: 0,
      deferredForBudget: 0,
      itemsRead: 2,
    });
    expect(sms.sent).toHaveLength(2);
    expect(sms.sent).toContainEqual({
      phone: '+966500000001',
      message:
        'Tawasul: your iqama expires in 30 days, on 2026-12-25 (1448-07-16 AH). Renew it in time to avoid fines.',
    });
    expect(sms.sent).toContainEqual({
      phone: '+966500000002',
      message: renderExpiryReminder(
        { type: 'PASSPORT', dependent: true, daysLeft: 30, expiresOn, expiresOnHijri: '1448-07-16' },
        'ar',
      ),
    });
    expect(log.entry(keyOf('doc-en'))).toEqual({ status: 'SENT' });
    expect(log.entry(keyOf('doc-ar'))).toEqual({ status: 'SENT' });
  });

  it('when the budget refuses, no SMS goes out, the reminder is counted deferred and its claim given back, so that a later run sends it', async () => {
    // Prepare
    const asked: string[] = [];
    const refusing = {
      settle: () => undefined,
      reserve: async (priority: string) => {
        asked.push(priority);
        return false;
      },
    };
    register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('doc-en')], itemsRead: 1 });
    // Act
    const deferred = await sendReminderBatch({ ...deps, budget: refusing }, batch);
    const later = await sendReminderBatch(deps, batch);
    // Assess
    expect(deferred).toMatchObject({ due: 1, sent: 0, deferredForBudget: 1, alreadyHandled: 0 });
    expect(asked).toEqual(['ROUTINE']);
    expect(later).toMatchObject({ sent: 1, deferredForBudget: 0 });
    expect(sms.sent).toHaveLength(1);
    expect(log.entry(keyOf('doc-en'))).toEqual({ status: 'SENT' });
  });

  it("when the month's spend cannot be read, the batch fails with nothing sent and its claim given back, so that the retry sends the reminder", async () => {
    // Prepare
    const unreadable = {
      settle: () => undefined,
      reserve: async () => {
        throw new Error('ProvisionedThroughputExceededException');
      },
    };
    register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('doc-en')], itemsRead: 1 });
    // Act
    const failed = sendReminderBatch({ ...deps, budget: unreadable }, batch);
    await expect(failed).rejects.toThrow('ProvisionedThroughputExceededException');
    const retried = await sendReminderBatch(deps, batch);
    // Assess
    expect(retried).toMatchObject({ sent: 1, alreadyHandled: 0 });
    expect(sms.sent).toHaveLength(1);
  });

  it('when a reminder was sent by an earlier run, a refusing budget is not asked and it counts as handled, not deferred', async () => {
    // Prepare
    const refusing = {
      settle: () => undefined,
      reserve: async () => expect.unreachable('the budget was asked') as never,
    };
    register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('doc-en')], itemsRead: 1 });
    await sendReminderBatch(deps, batch);
    // Act
    const rerun = await sendReminderBatch({ ...deps, budget: refusing }, batch);
    // Assess
    expect(rerun).toMatchObject({ sent: 0, alreadyHandled: 1, deferredForBudget: 0 });
  });

  it('when a resident opted out or has no phone, the reminder is logged as skipped with the reason and no SMS goes out', async () => {
    // Prepare
    const optedOut = aDueDocument('opted-out', {
      contact: { phone: '+966500000001', locale: 'en', smsReminders: false },
    });
    const phoneless = aDueDocument('phoneless', { contact: { locale: 'ar', smsReminders: true } });
    register.setDuePage(expiresOn, 3, undefined, { items: [optedOut, phoneless], itemsRead: 2 });
    // Act
    const result = await sendReminderBatch(deps, batch);
    // Assess
    expect(result).toEqual({
      due: 2,
      sent: 0,
      skipped: 2,
      alreadyHandled: 0,
      uncertain: 0,
      deferredForBudget: 0,
      itemsRead: 2,
    });
    expect(sms.sent).toEqual([]);
    expect(log.entry(keyOf('opted-out'))).toEqual({ status: 'SKIPPED', reason: 'OPTED_OUT' });
    expect(log.entry(keyOf('phoneless'))).toEqual({ status: 'SKIPPED', reason: 'NO_PHONE' });
  });

  it.each(['SENT', 'SENDING'] as const)(
    'when the reminder is already %s from an earlier run, it is counted as handled and not sent again',
    async (status) => {
      // Prepare
      log.entries.set(InMemoryReminderLog.keyOf(keyOf('doc-1')), { status });
      register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('doc-1')], itemsRead: 1 });
      // Act
      const result = await sendReminderBatch(deps, batch);
      // Assess
      expect(result).toEqual({
        due: 1,
        sent: 0,
        skipped: 0,
        alreadyHandled: 1,
        uncertain: 0,
        deferredForBudget: 0,
        itemsRead: 1,
      });
      expect(sms.sent).toEqual([]);
      expect(log.entry(keyOf('doc-1'))).toEqual({ status });
    },
  );

  it('when the same page is swept twice, each reminder is sent once', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, {
      items: [aDueDocument('doc-1'), aDueDocument('doc-2')],
      itemsRead: 2,
    });
    // Act
    const first = await sendReminderBatch(deps, batch);
    const second = await sendReminderBatch(deps, batch);
    // Assess
    expect(first).toMatchObject({ sent: 2, skipped: 0, alreadyHandled: 0 });
    expect(second).toMatchObject({ sent: 0, skipped: 0, alreadyHandled: 2 });
    expect(sms.sent).toHaveLength(2);
  });

  it('when the SMS certainly was not sent, the claim is given back and the error reaches the caller, so that a retry sends it', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('doc-1')], itemsRead: 1 });
    const release = vi.spyOn(log, 'release');
    vi.spyOn(sms, 'send').mockRejectedValueOnce(new SmsNotSent('SMS not sent (ThrottledException)'));
    // Act
    const failed = sendReminderBatch(deps, batch);
    // Assess
    await expect(failed).rejects.toMatchObject({ name: 'SmsNotSent', message: 'SMS not sent (ThrottledException)' });
    expect(release).toHaveBeenCalledWith(keyOf('doc-1'), expect.any(Date));
    expect(log.entry(keyOf('doc-1'))).toBeUndefined();
    // Act
    const retried = await sendReminderBatch(deps, batch);
    // Assess
    expect(retried).toMatchObject({ sent: 1, skipped: 0 });
    expect(sms.sent).toHaveLength(1);
    expect(log.entry(keyOf('doc-1'))).toEqual({ status: 'SENT' });
  });

  it('when the SMS may have gone out (a timeout), the claim stays, it is counted uncertain, the batch goes on, and a retry sends nothing', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, {
      items: [aDueDocument('doc-1'), aDueDocument('doc-2')],
      itemsRead: 2,
    });
    const send = sms.send.bind(sms);
    vi.spyOn(sms, 'send')
      .mockRejectedValueOnce(
        Object.assign(new Error('Socket timed out sending to +966500000001'), { name: 'TimeoutError' }),
      )
      .mockImplementation(send);
    // Act
    const result = await sendReminderBatch(deps, batch);
    // Assess
    expect(result).toMatchObject({ due: 2, sent: 1, uncertain: 1 });
    const statuses = [log.entry(keyOf('doc-1'))?.status, log.entry(keyOf('doc-2'))?.status].sort();
    expect(statuses).toEqual(['SENDING', 'SENT']);
    // Act
    const retried = await sendReminderBatch(deps, batch);
    // Assess
    expect(retried).toMatchObject({ sent: 0, alreadyHandled: 2 });
    expect(sms.sent).toHaveLength(1);
  });

  it('when several outcomes in one page are unknown, SNS itself may be failing: the batch stops, naming no number, to be retried later', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, {
      items: Array.from({ length: 40 }, (_, i) => aDueDocument(`doc-${i}`)),
      itemsRead: 40,
    });
    vi.spyOn(sms, 'send').mockRejectedValue(
      Object.assign(new Error('InternalError for +966500000001'), { name: 'InternalErrorException' }),
    );
    // Act
    const failed = sendReminderBatch(deps, batch);
    // Assess
    await expect(failed).rejects.toMatchObject({ name: 'SmsOutcomeUnknown' });
    await failed.catch((error: Error) => expect(error.message).not.toContain('+9665'));
    // Only the sends in flight when it stopped are left uncertain (10 workers, 2 of which took one more
    // before the third unknown outcome); the other 28 were never claimed and go out on the retry.
    expect(log.entries.size).toBeLessThanOrEqual(12);
    expect(sms.sent).toEqual([]);
  });

  it('when recording the send fails after the SMS went out, the claim stays and a retry sends nothing more', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('doc-1')], itemsRead: 1 });
    const release = vi.spyOn(log, 'release');
    vi.spyOn(log, 'markSent').mockRejectedValueOnce(new Error('DynamoDB unavailable'));
    // Act
    await expect(sendReminderBatch(deps, batch)).rejects.toThrow('DynamoDB unavailable');
    const retried = await sendReminderBatch(deps, batch);
    // Assess
    expect(release).not.toHaveBeenCalled();
    expect(log.entry(keyOf('doc-1'))).toEqual({ status: 'SENDING' });
    expect(retried).toMatchObject({ due: 1, sent: 0, skipped: 0, alreadyHandled: 1 });
    expect(sms.sent).toHaveLength(1);
  });

  it('when a page holds more documents than are sent at once, every one of them is sent exactly once', async () => {
    // Prepare
    const documents = Array.from({ length: 45 }, (_, i) =>
      aDueDocument(`doc-${i}`, {
        contact: { phone: `+9665000000${String(i).padStart(2, '0')}`, locale: 'en', smsReminders: true },
      }),
    );
    register.setDuePage(expiresOn, 3, undefined, { items: documents, itemsRead: 45 });
    // Act
    const result = await sendReminderBatch(deps, batch);
    // Assess
    expect(result).toEqual({
      due: 45,
      sent: 45,
      skipped: 0,
      alreadyHandled: 0,
      uncertain: 0,
      deferredForBudget: 0,
      itemsRead: 45,
    });
    expect(new Set(sms.sent.map((message) => message.phone)).size).toBe(45);
  });

  it('when the batch carries a cursor, the page after its saved position is read, and the next position is saved, never passed on as it is', async () => {
    // Prepare
    const position = { pk: 'RESIDENT#2000000006', sk: 'DOCUMENT#a', expiryShard: '2026-12-25#3' };
    const next = { pk: 'RESIDENT#2000000014', sk: 'DOCUMENT#b', expiryShard: '2026-12-25#3' };
    register.setDuePage(expiresOn, 3, position, { items: [aDueDocument('doc-1')], itemsRead: 7, next });
    const cursor = await cursors.save(position);
    // Act
    const result = await sendReminderBatch(deps, { ...batch, cursor });
    // Assess
    expect(register.dueOnCalls).toEqual([{ expiresOn, shard: 3, page: { limit: PAGE_SIZE, from: position } }]);
    // The index's 7 items, and the saved position read back.
    expect(result).toMatchObject({ due: 1, sent: 1, itemsRead: 8 });
    expect(result.cursor).not.toContain('2000000014');
    expect(await cursors.load(result.cursor!)).toEqual(next);
  });

  it('when the invocation is about to time out, no further document is started and the same page is read again next', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, {
      items: [aDueDocument('doc-1'), aDueDocument('doc-2')],
      itemsRead: 2,
    });
    // Act
    const stopped = await sendReminderBatch({ ...deps, remainingMs: () => 5_000 }, batch);
    const resumed = await sendReminderBatch(deps, { ...batch, cursor: stopped.cursor });
    // Assess
    expect(stopped).toMatchObject({ sent: 0, cursor: FROM_START });
    expect(resumed).toMatchObject({ due: 2, sent: 2 });
    expect(resumed).not.toHaveProperty('cursor');
  });

  it('when a missed day is made up later, the SMS counts the days left from today, not from the day missed', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('doc-1')], itemsRead: 1 });
    // Act: the 30-day reminder of 2026-11-25, sent on 2026-11-27
    await sendReminderBatch({ ...deps, clock: () => new Date('2026-11-27T06:00:00Z') }, batch);
    // Assess
    expect(sms.sent[0]!.message).toContain('expires in 28 days, on 2026-12-25');
  });

  it('when a missed day is made up after the document expired, the SMS says how many days ago it expired, not "tomorrow"', async () => {
    // Prepare: the 1-day reminder of 2026-11-25 for an iqama expiring 2026-11-26
    register.setDuePage('2026-11-26', 3, undefined, {
      items: [aDueDocument('doc-1', { expiresOn: '2026-11-26' })],
      itemsRead: 1,
    });
    // Act: made up on 2026-12-01, 09:00 Riyadh
    await sendReminderBatch(
      { ...deps, clock: () => new Date('2026-12-01T06:00:00Z') },
      { expiresOn: '2026-11-26', leadDays: 1, shard: 3 },
    );
    // Assess
    expect(sms.sent.map((message) => message.message)).toEqual([
      'Tawasul: your iqama expired 5 days ago, on 2026-11-26 (1448-06-16 AH). Renew it now to avoid fines.',
    ]);
    expect(log.entry({ documentId: 'doc-1', expiresOn: '2026-11-26', leadDays: 1 })).toEqual({ status: 'SENT' });
  });

  it('when a 1-day reminder goes out after midnight in Riyadh (still the evening before in UTC), it says the document expires today', async () => {
    // Prepare
    register.setDuePage('2026-11-26', 3, undefined, {
      items: [aDueDocument('doc-1', { expiresOn: '2026-11-26' })],
      itemsRead: 1,
    });
    // Act: 2026-11-25T21:30Z is 00:30 on 2026-11-26 in Riyadh
    await sendReminderBatch(
      { ...deps, clock: () => new Date('2026-11-25T21:30:00Z') },
      { expiresOn: '2026-11-26', leadDays: 1, shard: 3 },
    );
    // Assess
    expect(sms.sent[0]!.message).toContain('expires today, 2026-11-26');
  });

  it('when the page is the last and empty, nothing is sent and no cursor is returned', async () => {
    // Act
    const result = await sendReminderBatch(deps, batch);
    // Assess
    expect(result).toEqual({
      due: 0,
      sent: 0,
      skipped: 0,
      alreadyHandled: 0,
      uncertain: 0,
      deferredForBudget: 0,
      itemsRead: 0,
    });
    expect(result).not.toHaveProperty('cursor');
    expect(sms.sent).toEqual([]);
  });

  it('when the reminder is the last notice, it is logged under lead −1 and says the document expired', async () => {
    // Prepare
    register.setDuePage('2026-11-24', 0, undefined, {
      items: [aDueDocument('doc-1', { expiresOn: '2026-11-24' })],
      itemsRead: 1,
    });
    // Act
    await sendReminderBatch(deps, { expiresOn: '2026-11-24', leadDays: -1, shard: 0 });
    // Assess
    expect(sms.sent[0]!.message).toContain('expired yesterday, 2026-11-24');
    expect(log.entry({ documentId: 'doc-1', expiresOn: '2026-11-24', leadDays: -1 })).toEqual({ status: 'SENT' });
  });

  it('when the SMS service refuses a number for good, the reminder is recorded as skipped and the batch goes on', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, {
      items: [
        aDueDocument('bad-number'),
        aDueDocument('good-number', { contact: { phone: '+966500000003', locale: 'en', smsReminders: true } }),
      ],
      itemsRead: 2,
    });
    const send = sms.send.bind(sms);
    vi.spyOn(sms, 'send').mockImplementation(async (phone, message) =>
      phone === '+966500000001' ? { outcome: 'refused' } : send(phone, message),
    );
    // Act
    const result = await sendReminderBatch(deps, batch);
    // Assess
    expect(result).toMatchObject({ due: 2, sent: 1, skipped: 1 });
    expect(log.entry(keyOf('bad-number'))).toEqual({ status: 'SKIPPED', reason: 'PHONE_REFUSED' });
  });

  it('when one send fails, no further document is started, and the batch fails only after the sends in flight are recorded', async () => {
    // Prepare
    const documents = Array.from({ length: 30 }, (_, index) => aDueDocument(`doc-${index}`));
    register.setDuePage(expiresOn, 3, undefined, { items: documents, itemsRead: 30 });
    const send = sms.send.bind(sms);
    vi.spyOn(sms, 'send').mockImplementation(async (phone, message) => {
      if (sms.sent.length === 0 && message.includes('iqama')) {
        sms.sent.push({ phone: 'marker', message: 'first call fails' });
        throw new SmsNotSent('SMS not sent (ThrottledException)');
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      return send(phone, message);
    });
    // Act
    const failed = sendReminderBatch(deps, batch);
    // Assess
    await expect(failed).rejects.toMatchObject({ name: 'SmsNotSent' });
    const statuses = documents.map((document) => log.entry(keyOf(document.documentId))?.status);
    expect(statuses).not.toContain('SENDING');
    // The nine other workers had each started one document; none took a second.
    expect(statuses.filter((status) => status === 'SENT')).toHaveLength(9);
  });
});
