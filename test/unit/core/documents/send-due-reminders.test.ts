import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DueDocument } from '../../../../functions/core/documents/ports.js';
import { PAGE_SIZE, type ReminderBatch, type ReminderDeps, sendDueReminders } from '../../../../functions/core/documents/send-due-reminders.js';
import { renderExpiryReminder } from '../../../../functions/core/sms/reminder-templates.js';
import { InMemoryDocumentRegister, InMemoryReminderLog, RecordingSmsSender } from '../../../support/in-memory-reminders.js';

const expiresOn = '2026-12-25';
const batch: ReminderBatch = { expiresOn, leadDays: 30, shard: 3 };
const aDueDocument = (documentId: string, overrides: Partial<DueDocument> = {}): DueDocument => ({
  documentId,
  type: 'IQAMA',
  expiresOn,
  dependent: false,
  contact: { phone: '+966500000001', locale: 'en', smsReminders: true },
  ...overrides,
});
const keyOf = (documentId: string) => ({ documentId, expiresOn, leadDays: 30 });

describe('sending due reminders', () => {
  let register: InMemoryDocumentRegister;
  let log: InMemoryReminderLog;
  let sms: RecordingSmsSender;
  let deps: ReminderDeps;

  beforeEach(() => {
    register = new InMemoryDocumentRegister();
    log = new InMemoryReminderLog();
    sms = new RecordingSmsSender();
    deps = { register, log, sms, clock: () => new Date('2026-11-24T21:30:00Z') };
  });

  it('when documents are due, one SMS goes to each, in its own locale, and each is logged as sent', async () => {
    // Prepare
    const english = aDueDocument('doc-en');
    const arabic = aDueDocument('doc-ar', { type: 'PASSPORT', dependent: true, contact: { phone: '+966500000002', locale: 'ar', smsReminders: true } });
    register.setDuePage(expiresOn, 3, undefined, { items: [english, arabic], itemsRead: 2 });
    // Act
    const result = await sendDueReminders(deps, batch);
    // Assess
    expect(result).toEqual({ due: 2, sent: 2, skipped: 0, itemsRead: 2 });
    expect(sms.sent).toHaveLength(2);
    expect(sms.sent).toContainEqual({
      phone: '+966500000001',
      message: 'Tawasul: your iqama expires in 30 days, on 2026-12-25 (1448-07-16 AH). Renew it in time to avoid fines.',
    });
    expect(sms.sent).toContainEqual({
      phone: '+966500000002',
      message: renderExpiryReminder({ type: 'PASSPORT', dependent: true, leadDays: 30, expiresOn, expiresOnHijri: '1448-07-16' }, 'ar'),
    });
    expect(log.entry(keyOf('doc-en'))).toEqual({ status: 'SENT' });
    expect(log.entry(keyOf('doc-ar'))).toEqual({ status: 'SENT' });
  });

  it('when a resident opted out or has no phone, the reminder is logged as skipped with the reason and no SMS goes out', async () => {
    // Prepare
    const optedOut = aDueDocument('opted-out', { contact: { phone: '+966500000001', locale: 'en', smsReminders: false } });
    const phoneless = aDueDocument('phoneless', { contact: { locale: 'ar', smsReminders: true } });
    register.setDuePage(expiresOn, 3, undefined, { items: [optedOut, phoneless], itemsRead: 2 });
    // Act
    const result = await sendDueReminders(deps, batch);
    // Assess
    expect(result).toEqual({ due: 2, sent: 0, skipped: 2, itemsRead: 2 });
    expect(sms.sent).toEqual([]);
    expect(log.entry(keyOf('opted-out'))).toEqual({ status: 'SKIPPED', reason: 'OPTED_OUT' });
    expect(log.entry(keyOf('phoneless'))).toEqual({ status: 'SKIPPED', reason: 'NO_PHONE' });
  });

  it('when a document was renewed since the index was read, it is not this batch\'s business: not sent, not logged, not counted as due', async () => {
    // Prepare
    const renewed = aDueDocument('renewed', { expiresOn: '2027-12-25' });
    register.setDuePage(expiresOn, 3, undefined, { items: [renewed, aDueDocument('due')], itemsRead: 2 });
    // Act
    const result = await sendDueReminders(deps, batch);
    // Assess
    expect(result).toEqual({ due: 1, sent: 1, skipped: 0, itemsRead: 2 });
    expect(sms.sent).toHaveLength(1);
    expect(log.entries.size).toBe(1);
    expect(log.entry({ ...keyOf('renewed'), expiresOn: '2027-12-25' })).toBeUndefined();
  });

  it.each(['SENT', 'SENDING'] as const)('when the reminder is already %s from an earlier run, it is skipped and not sent again', async (status) => {
    // Prepare
    log.entries.set(InMemoryReminderLog.keyOf(keyOf('doc-1')), { status });
    register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('doc-1')], itemsRead: 1 });
    // Act
    const result = await sendDueReminders(deps, batch);
    // Assess
    expect(result).toEqual({ due: 1, sent: 0, skipped: 1, itemsRead: 1 });
    expect(sms.sent).toEqual([]);
    expect(log.entry(keyOf('doc-1'))).toEqual({ status });
  });

  it('when the same page is swept twice, each reminder is sent once', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('doc-1'), aDueDocument('doc-2')], itemsRead: 2 });
    // Act
    const first = await sendDueReminders(deps, batch);
    const second = await sendDueReminders(deps, batch);
    // Assess
    expect(first).toMatchObject({ sent: 2, skipped: 0 });
    expect(second).toMatchObject({ sent: 0, skipped: 2 });
    expect(sms.sent).toHaveLength(2);
  });

  it('when the SMS gateway fails, the claim is given back and the error reaches the caller, so that a retry sends it', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('doc-1')], itemsRead: 1 });
    const release = vi.spyOn(log, 'release');
    vi.spyOn(sms, 'send').mockRejectedValueOnce(Object.assign(new Error('Rate exceeded for +966500000001'), { name: 'ThrottledException' }));
    // Act
    const failed = sendDueReminders(deps, batch);
    // Assess
    await expect(failed).rejects.toMatchObject({ name: 'SmsNotSent', message: 'SMS not sent (ThrottledException)', cause: expect.any(Error) });
    await failed.catch((error: Error) => expect(error.message).not.toContain('+9665'));
    expect(release).toHaveBeenCalledWith(keyOf('doc-1'));
    expect(log.entry(keyOf('doc-1'))).toBeUndefined();
    // Act
    const retried = await sendDueReminders(deps, batch);
    // Assess
    expect(retried).toMatchObject({ sent: 1, skipped: 0 });
    expect(sms.sent).toHaveLength(1);
    expect(log.entry(keyOf('doc-1'))).toEqual({ status: 'SENT' });
  });

  it('when recording the send fails after the SMS went out, the claim stays and a retry sends nothing more', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('doc-1')], itemsRead: 1 });
    const release = vi.spyOn(log, 'release');
    vi.spyOn(log, 'markSent').mockRejectedValueOnce(new Error('DynamoDB unavailable'));
    // Act
    await expect(sendDueReminders(deps, batch)).rejects.toThrow('DynamoDB unavailable');
    const retried = await sendDueReminders(deps, batch);
    // Assess
    expect(release).not.toHaveBeenCalled();
    expect(log.entry(keyOf('doc-1'))).toEqual({ status: 'SENDING' });
    expect(retried).toMatchObject({ due: 1, sent: 0, skipped: 1 });
    expect(sms.sent).toHaveLength(1);
  });

  it('when a page holds more documents than are sent at once, every one of them is sent exactly once', async () => {
    // Prepare
    const documents = Array.from({ length: 45 }, (_, i) => aDueDocument(`doc-${i}`, { contact: { phone: `+9665000000${String(i).padStart(2, '0')}`, locale: 'en', smsReminders: true } }));
    register.setDuePage(expiresOn, 3, undefined, { items: documents, itemsRead: 45 });
    // Act
    const result = await sendDueReminders(deps, batch);
    // Assess
    expect(result).toEqual({ due: 45, sent: 45, skipped: 0, itemsRead: 45 });
    expect(new Set(sms.sent.map((message) => message.phone)).size).toBe(45);
  });

  it('when the batch carries a cursor, the page after it is read, and the page\'s own cursor and reads are passed on', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, 'page-2', { items: [aDueDocument('doc-1')], itemsRead: 7, cursor: 'page-3' });
    // Act
    const result = await sendDueReminders(deps, { ...batch, cursor: 'page-2' });
    // Assess
    expect(register.dueOnCalls).toEqual([{ expiresOn, shard: 3, page: { limit: PAGE_SIZE, cursor: 'page-2' } }]);
    expect(result).toEqual({ due: 1, sent: 1, skipped: 0, itemsRead: 7, cursor: 'page-3' });
  });

  it('when the page is the last and empty, nothing is sent and no cursor is returned', async () => {
    // Act
    const result = await sendDueReminders(deps, batch);
    // Assess
    expect(result).toEqual({ due: 0, sent: 0, skipped: 0, itemsRead: 0 });
    expect(result).not.toHaveProperty('cursor');
    expect(sms.sent).toEqual([]);
  });

  it('when the reminder is the last notice, it is logged under lead −1 and says the document expired', async () => {
    // Prepare
    register.setDuePage('2026-11-24', 0, undefined, { items: [aDueDocument('doc-1', { expiresOn: '2026-11-24' })], itemsRead: 1 });
    // Act
    await sendDueReminders(deps, { expiresOn: '2026-11-24', leadDays: -1, shard: 0 });
    // Assess
    expect(sms.sent[0]!.message).toContain('expired yesterday, 2026-11-24');
    expect(log.entry({ documentId: 'doc-1', expiresOn: '2026-11-24', leadDays: -1 })).toEqual({ status: 'SENT' });
  });

  it('when the SMS service refuses a number for good, the reminder is recorded as skipped and the batch goes on', async () => {
    // Prepare
    register.setDuePage(expiresOn, 3, undefined, { items: [aDueDocument('bad-number'), aDueDocument('good-number', { contact: { phone: '+966500000003', locale: 'en', smsReminders: true } })], itemsRead: 2 });
    const send = sms.send.bind(sms);
    vi.spyOn(sms, 'send').mockImplementation(async (phone, message) => (phone === '+966500000001' ? 'refused' : send(phone, message)));
    // Act
    const result = await sendDueReminders(deps, batch);
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
        throw new Error('Outage');
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      return send(phone, message);
    });
    // Act
    const failed = sendDueReminders(deps, batch);
    // Assess
    await expect(failed).rejects.toMatchObject({ name: 'SmsNotSent' });
    const statuses = documents.map((document) => log.entry(keyOf(document.documentId))?.status);
    expect(statuses).not.toContain('SENDING');
    // The nine other workers had each started one document; none took a second.
    expect(statuses.filter((status) => status === 'SENT')).toHaveLength(9);
  });
});
