import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReminderLog } from '../../functions/domain/reminders/ports.js';
import { importRegister } from '../../functions/domain/residents/import-register.js';
import { documentIdFor } from '../../functions/domain/residents/resident-document.js';
import { SmsNotSent } from '../../functions/domain/shared/errors.js';
import { registerLines } from '../../functions/handlers/residents/register-line.js';
import { type SynthesizedSystem, synthesizeSystem } from '../../lib/local/synthesized-templates.js';
import { aDocument, aResidentRegisterLine } from '../support/documents.js';
import { freshTables } from '../support/local-tables.js';
import { PRICE_PER_PART_USD, reminderHarness } from '../support/reminder-harness.js';

const SWEEP_DATE = '2026-11-25';

async function* linesOf(records: Record<string, unknown>[]) {
  for (const record of records) yield JSON.stringify(aResidentRegisterLine(record));
}
/** 09:00 in Riyadh on the sweep day, when the schedule starts it. */
const SWEEP_TIME = new Date('2026-11-25T06:00:00Z');

describe('the synthesized reminder sweep over DynamoDB Local', () => {
  let system: SynthesizedSystem;
  beforeAll(() => {
    system = synthesizeSystem();
  }, 120_000);

  const harness = async (options: Partial<Parameters<typeof reminderHarness>[1]> = {}) => {
    const { documentClient, names } = await freshTables(['residents', 'reminderLog']);
    const sweep = reminderHarness(system, {
      documentClient,
      residentsTable: names.residents,
      reminderLogTable: names.reminderLog,
      retryIntervalMs: 1,
      now: SWEEP_TIME,
      ...options,
    });
    const logEntry = async (documentId: string, expiresOn: string, leadDays: number) =>
      (
        await documentClient.send(
          new GetCommand({ TableName: names.reminderLog, Key: { reminder: `${documentId}#${expiresOn}#${leadDays}` } }),
        )
      ).Item;
    return { ...sweep, logEntry };
  };

  it('when documents expire 30, 14, 7 and 1 days ahead or expired yesterday, each gets one SMS, and nothing else is read', async () => {
    // Prepare
    const sweep = await harness();
    const due = ['2026-12-25', '2026-12-09', '2026-12-02', '2026-11-26', '2026-11-24'];
    const notDue = ['2026-12-24', '2026-11-25', '2026-11-23', '2027-11-25'];
    for (const [index, expiresOn] of [...due, ...notDue].entries()) {
      await sweep.register.upsert(aDocument({ type: 'WORK_VISA', number: `V${index}000`, expiresOn }));
    }
    // Act
    const summary = await sweep.run({ date: SWEEP_DATE });
    // Assess
    expect(summary).toMatchObject({ sweepDate: SWEEP_DATE, due: 5, sent: 5, skipped: 0, failedBatches: 0 });
    expect(summary.itemsRead).toBe(5);
    expect(sweep.sent.map((sms) => sms.message).sort()).toEqual(
      [
        'Tawasul: your work visa expired yesterday, 2026-11-24 (1448-06-14 AH). Renew it now to avoid fines.',
        'Tawasul: your work visa expires in 14 days, on 2026-12-09 (1448-06-29 AH). Renew it in time to avoid fines.',
        'Tawasul: your work visa expires in 30 days, on 2026-12-25 (1448-07-16 AH). Renew it in time to avoid fines.',
        'Tawasul: your work visa expires in 7 days, on 2026-12-02 (1448-06-22 AH). Renew it in time to avoid fines.',
        'Tawasul: your work visa expires tomorrow, 2026-11-26 (1448-06-16 AH). Renew it to avoid fines.',
      ].sort(),
    );
  });

  it('when the sweep runs again for the same day, or two runs overlap, no reminder is sent twice', async () => {
    // Prepare
    const sweep = await harness();
    for (let index = 0; index < 30; index++)
      await sweep.register.upsert(aDocument({ type: 'VISIT_VISA', number: `VV${index}0000`, expiresOn: '2026-12-02' }));
    // Act
    const [first, overlapping] = await Promise.all([sweep.run({ date: SWEEP_DATE }), sweep.run({ date: SWEEP_DATE })]);
    const again = await sweep.run({ date: SWEEP_DATE });
    // Assess
    expect(first.sent + overlapping.sent).toBe(30);
    expect(first.alreadyHandled + overlapping.alreadyHandled).toBe(30);
    expect(again).toMatchObject({ due: 30, sent: 0, skipped: 0, alreadyHandled: 30 });
    expect(sweep.sent).toHaveLength(30);
  });

  it('when recording a sent SMS fails and the batch is retried, the resident still gets exactly one SMS', async () => {
    // Prepare
    let failures = 2;
    const sweep = await harness({
      wrapLog: (log): ReminderLog => ({
        ...log,
        claim: (key, now) => log.claim(key, now),
        release: (key, now) => log.release(key, now),
        recordSkip: (key, reason, now) => log.recordSkip(key, reason, now),
        markSent: async (key, now) => {
          if (failures-- > 0) throw new Error('DynamoDB unreachable after the SMS went out');
          return log.markSent(key, now);
        },
      }),
    });
    await sweep.register.upsert(aDocument({ expiresOn: '2026-12-02' }));
    // Act
    const summary = await sweep.run({ date: SWEEP_DATE });
    // Assess
    expect(sweep.sent).toHaveLength(1);
    expect(summary).toMatchObject({ due: 1, sent: 0, alreadyHandled: 1, failedBatches: 0 });
    // The claim stays: whoever reads the log sees the SMS may have gone, and nothing resends it.
    const document = aDocument({ expiresOn: '2026-12-02' });
    expect(await sweep.logEntry(document.documentId, '2026-12-02', 7)).toMatchObject({ status: 'SENDING' });
  });

  it('when sending an SMS fails, the batch is retried and the reminder goes out once the SMS service answers', async () => {
    // Prepare
    let failures = 2;
    const sweep = await harness({
      wrapSms: (sms) => ({
        send: async (phone, message, about) => {
          if (failures-- > 0) throw new SmsNotSent('SMS not sent (ThrottledException)');
          return sms.send(phone, message, about);
        },
      }),
    });
    await sweep.register.upsert(aDocument({ expiresOn: '2026-12-25' }));
    // Act
    const summary = await sweep.run({ date: SWEEP_DATE });
    // Assess
    expect(sweep.sent).toHaveLength(1);
    expect(summary).toMatchObject({ due: 1, sent: 1, failedBatches: 0 });
  });

  it('when a batch keeps failing, the others still send, and the day ends with the failed batch counted for the alarm', async () => {
    // Prepare
    const unreachable = '+966500000077';
    const sweep = await harness({
      wrapSms: (sms) => ({
        send: async (phone, message, about) =>
          phone === unreachable
            ? Promise.reject(new SmsNotSent('SMS not sent (ThrottledException)'))
            : sms.send(phone, message, about),
      }),
    });
    const failing = aDocument({
      contact: { phone: unreachable, locale: 'en', smsReminders: true },
      expiresOn: '2026-12-25',
    });
    await sweep.register.upsert(failing);
    await sweep.register.upsert(
      aDocument({ iqamaNumber: '2000000014', number: '2000000014', expiresOn: '2026-12-02' }),
    );
    // Act
    const summary = await sweep.run({ date: SWEEP_DATE });
    // Assess
    expect(summary).toMatchObject({ due: 1, sent: 1, failedBatches: 1 });
    expect(sweep.sent.map((sms) => sms.message)).toEqual([expect.stringContaining('expires in 7 days, on 2026-12-02')]);
    // The failed reminder's claim was given back: running the day again can still send it.
    expect(await sweep.logEntry(failing.documentId, '2026-12-25', 30)).toMatchObject({ status: 'RELEASED' });
  });

  it('when a resident has turned reminders off, or has no phone, nothing is sent and the skip is recorded once', async () => {
    // Prepare
    const sweep = await harness();
    const optedOut = aDocument({
      number: '2000000006',
      contact: { phone: '+966500000001', locale: 'ar', smsReminders: false },
      expiresOn: '2026-12-02',
    });
    const phoneless = aDocument({
      iqamaNumber: '2000000014',
      number: '2000000014',
      contact: { locale: 'ar', smsReminders: true },
      expiresOn: '2026-12-02',
    });
    await sweep.register.upsert(optedOut);
    await sweep.register.upsert(phoneless);
    // Act
    const first = await sweep.run({ date: SWEEP_DATE });
    const second = await sweep.run({ date: SWEEP_DATE });
    // Assess
    expect(sweep.sent).toEqual([]);
    expect(first).toMatchObject({ due: 2, sent: 0, skipped: 2 });
    expect(second).toMatchObject({ due: 2, sent: 0, skipped: 0, alreadyHandled: 2 });
    expect(await sweep.logEntry(optedOut.documentId, '2026-12-02', 7)).toMatchObject({
      status: 'SKIPPED',
      reason: 'OPTED_OUT',
      expiresAt: expect.any(Number),
    });
    expect(await sweep.logEntry(phoneless.documentId, '2026-12-02', 7)).toMatchObject({
      status: 'SKIPPED',
      reason: 'NO_PHONE',
    });
  });

  it('when a missed day is made up six days late, every reminder tells the truth on the day it is sent, still in one SMS part', async () => {
    // Prepare: the documents due on 2026-11-25, swept only on 2026-12-01
    const sweep = await harness({ now: new Date('2026-12-01T06:00:00Z') });
    for (const [index, expiresOn] of ['2026-12-25', '2026-12-02', '2026-11-26', '2026-11-24'].entries()) {
      await sweep.register.upsert(aDocument({ type: 'WORK_VISA', number: `V${index}000`, expiresOn }));
    }
    // Act
    const summary = await sweep.run({ date: SWEEP_DATE });
    // Assess
    expect(summary).toMatchObject({ sweepDate: SWEEP_DATE, due: 4, sent: 4 });
    expect(sweep.sent.map((sms) => sms.message).sort()).toEqual(
      [
        'Tawasul: your work visa expired 7 days ago, on 2026-11-24 (1448-06-14 AH). Renew it now to avoid fines.',
        'Tawasul: your work visa expired 5 days ago, on 2026-11-26 (1448-06-16 AH). Renew it now to avoid fines.',
        'Tawasul: your work visa expires tomorrow, 2026-12-02 (1448-06-22 AH). Renew it to avoid fines.',
        'Tawasul: your work visa expires in 24 days, on 2026-12-25 (1448-07-16 AH). Renew it in time to avoid fines.',
      ].sort(),
    );
  });

  it('when a passport is renewed, the old date’s reminders stop and the new date’s are sent on their day', async () => {
    // Prepare
    const sweep = await harness();
    const old = aDocument({ type: 'PASSPORT', number: 'A1234567', expiresOn: '2026-12-02' });
    await sweep.register.upsert(old);
    // Act
    await sweep.register.upsert({
      ...old,
      number: 'C7654321',
      issuedOn: '2026-11-20',
      expiresOn: '2036-11-19',
      source: 'RESIDENT',
    });
    const onOldDate = await sweep.run({ date: SWEEP_DATE });
    sweep.clock.moveTo(new Date('2036-10-20T06:00:00Z'));
    const thirtyDaysBeforeNew = await sweep.run({ date: '2036-10-20' });
    // Assess
    expect(old.documentId).toBe(documentIdFor(old.iqamaNumber, { kind: 'RESIDENT' }, 'PASSPORT', 'C7654321'));
    expect(onOldDate).toMatchObject({ due: 0, sent: 0 });
    expect(thirtyDaysBeforeNew).toMatchObject({ due: 1, sent: 1 });
    expect(sweep.sent[0]!.message).toContain('your passport expires in 30 days, on 2036-11-19');
  });

  it('when a day has more due documents than a page holds, every page is swept and each item is read once', async () => {
    // Prepare
    const sweep = await harness();
    const documents = Array.from({ length: 450 }, (_, index) =>
      aDocument({
        iqamaNumber: '2000000006',
        type: 'EXIT_REENTRY_VISA',
        number: `E${String(index).padStart(6, '0')}`,
        expiresOn: '2026-12-09',
      }),
    );
    await Promise.all(documents.map((document) => sweep.register.upsert(document)));
    // Act
    const summary = await sweep.run({ date: SWEEP_DATE });
    // Assess
    expect(summary).toMatchObject({ due: 450, sent: 450, skipped: 0 });
    expect(summary.itemsRead).toBe(450);
    expect(new Set(sweep.sent.map((sms) => sms.message)).size).toBe(1);
  }, 60_000);

  it('when a dependent’s document is due, the resident who holds them gets the SMS in their own language', async () => {
    // Prepare
    const sweep = await harness();
    await sweep.register.upsert(
      aDocument({
        holder: { kind: 'DEPENDENT', dependentId: 'dep-1', name: 'Sara', relation: 'DAUGHTER' },
        type: 'IQAMA',
        number: '2000000022',
        contact: { phone: '+966500000009', locale: 'ar', smsReminders: true },
        expiresOn: '2026-12-02',
      }),
    );
    // Act
    await sweep.run({ date: SWEEP_DATE });
    // Assess
    expect(sweep.sent).toEqual([
      { phone: '+966500000009', message: 'تنتهي إقامة تابعك بعد 7 أيام في 2026-12-02 (1448-06-22هـ)' },
    ]);
  });

  it("when an establishment has employees' documents due, its contact gets one digest a day, however often the day is swept", async () => {
    // Prepare
    const sweep = await harness();
    const employer = '7001234567';
    await importRegister(
      sweep.register,
      registerLines(
        linesOf([
          { expiresOn: '2026-12-05', establishmentId: employer },
          { iqamaNumber: '2000000014', number: '2000000014', expiresOn: '2026-11-20', establishmentId: employer },
        ]),
      ),
    );
    await sweep.contacts.remember({ establishmentId: employer, phone: '+966500000005', locale: 'en' }, SWEEP_TIME);
    // An establishment with nothing due gets nothing.
    await sweep.contacts.remember({ establishmentId: '7009876543', phone: '+966500000006', locale: 'ar' }, SWEEP_TIME);
    // Act
    const first = await sweep.run({ date: SWEEP_DATE });
    const again = await sweep.run({ date: SWEEP_DATE });
    sweep.clock.moveTo(new Date('2026-11-26T06:00:00Z'));
    const nextDay = await sweep.run({ date: '2026-11-26' });
    // Assess
    expect(first.digests).toMatchObject({ due: 1, sent: 1, alreadyHandled: 0, failedBatches: 0 });
    expect(again.digests).toMatchObject({ due: 1, sent: 0, alreadyHandled: 1 });
    expect(nextDay.digests).toMatchObject({ due: 1, sent: 1 });
    const digest =
      "Tawasul: your employees' documents expiring within 30 days: 1, expired: 1. Renew them in time to avoid fines.";
    expect(sweep.sent).toEqual([
      { phone: '+966500000005', message: digest },
      { phone: '+966500000005', message: digest },
    ]);
  });

  it("when the month's SMS budget runs short, the sweep never passes it: tomorrow's expiries are sent, the 7-day ones deferred, and sent once the budget is raised", async () => {
    // Prepare: 25.5 SMS of budget: routine reminders may bring the spend to 20.4 SMS, urgent ones to 22.95
    const sweep = await harness({ monthlyBudgetUsd: 25.5 * PRICE_PER_PART_USD });
    for (let index = 0; index < 30; index++)
      await sweep.register.upsert(aDocument({ type: 'VISIT_VISA', number: `VB${index}0000`, expiresOn: '2026-12-02' }));
    for (let index = 0; index < 2; index++)
      await sweep.register.upsert(aDocument({ type: 'WORK_VISA', number: `WB${index}0000`, expiresOn: '2026-11-26' }));
    const tomorrows = () => sweep.sent.filter((sms) => sms.message.includes('tomorrow')).length;
    // Act
    const short = await sweep.run({ date: SWEEP_DATE });
    const rerun = await sweep.run({ date: SWEEP_DATE });
    const sentShort = sweep.sent.length;
    sweep.setMonthlyBudget(1_000);
    const raised = await sweep.run({ date: SWEEP_DATE });
    // Assess: both urgent reminders sent whatever order the batches ran in, the routine ones up to their allowance
    expect(tomorrows()).toBe(2);
    expect(sentShort).toBeGreaterThanOrEqual(20);
    expect(sentShort).toBeLessThanOrEqual(22);
    expect(short).toMatchObject({ due: 32, sent: sentShort, deferredForBudget: 32 - sentShort, failedBatches: 0 });
    expect(rerun).toMatchObject({ sent: 0, alreadyHandled: sentShort, deferredForBudget: 32 - sentShort });
    expect(raised).toMatchObject({ sent: 32 - sentShort, alreadyHandled: sentShort, deferredForBudget: 0 });
    // One SMS per document over the three runs: deferred ones were not claimed, sent ones not sent again.
    expect(sweep.sent).toHaveLength(32);
  });
});
