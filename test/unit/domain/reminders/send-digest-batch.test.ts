import { beforeEach, describe, expect, it } from 'vitest';
import { contactShardOf } from '../../../../functions/domain/establishments/establishment-contact.js';
import { type DigestDeps, sendDigestBatch } from '../../../../functions/domain/reminders/send-digest-batch.js';
import { SmsNotSent } from '../../../../functions/domain/shared/errors.js';
import { renderEstablishmentDigest } from '../../../../functions/domain/sms/digest-templates.js';
import {
  InMemoryEmployeeDocumentCounts,
  InMemoryEstablishmentContacts,
} from '../../../support/in-memory-establishments.js';
import { InMemoryPageCursors, InMemoryReminderLog, RecordingSmsSender } from '../../../support/in-memory-reminders.js';
import { ManualClock } from '../../../support/manual-clock.js';
import { unlimitedSmsBudget } from '../../../support/unlimited-sms-budget.js';

/** 09:00 in Riyadh on 2026-11-25. */
const SWEEP_TIME = new Date('2026-11-25T06:00:00Z');
const ESTABLISHMENT = '7001234567';
const SHARD = contactShardOf(ESTABLISHMENT);
const PHONE = '+966500000005';

describe("sending establishments' daily digests", () => {
  let contacts: InMemoryEstablishmentContacts;
  let counts: InMemoryEmployeeDocumentCounts;
  let log: InMemoryReminderLog;
  let sms: RecordingSmsSender;
  let clock: ManualClock;
  let deps: DigestDeps;

  beforeEach(async () => {
    contacts = new InMemoryEstablishmentContacts();
    counts = new InMemoryEmployeeDocumentCounts();
    log = new InMemoryReminderLog();
    sms = new RecordingSmsSender();
    clock = new ManualClock(SWEEP_TIME);
    deps = {
      contacts,
      counts,
      log,
      sms,
      cursors: new InMemoryPageCursors(),
      clock: () => clock.now(),
      budget: unlimitedSmsBudget,
    };
    await contacts.remember({ establishmentId: ESTABLISHMENT, phone: PHONE, locale: 'en' });
  });

  it('when nothing of its employees is due, the establishment gets no SMS and nothing is logged', async () => {
    // Prepare
    counts.add(ESTABLISHMENT, '2026-12-26', '2027-06-01');
    // Act
    const result = await sendDigestBatch(deps, { shard: SHARD });
    // Assess
    expect(result).toMatchObject({ due: 0, sent: 0, skipped: 0, alreadyHandled: 0, uncertain: 0 });
    expect(sms.sent).toEqual([]);
    expect(log.entries.size).toBe(0);
  });

  it('when documents expire within 30 days (today and the 30th day included) or have expired, one SMS counts each kind', async () => {
    // Prepare
    counts.add(ESTABLISHMENT, '2026-11-25', '2026-12-25', '2026-12-26', '2026-11-24', '2025-01-01');
    // Act
    const result = await sendDigestBatch(deps, { shard: SHARD });
    // Assess
    expect(result).toMatchObject({ due: 1, sent: 1, skipped: 0, alreadyHandled: 0, uncertain: 0 });
    expect(sms.sent).toEqual([
      { phone: PHONE, message: renderEstablishmentDigest({ expiring: 2, expired: 2, withinDays: 30 }, 'en') },
    ]);
    expect(sms.sent[0]!.message).toBe(
      "Tawasul: your employees' documents expiring within 30 days: 2, expired: 2. Renew them in time to avoid fines.",
    );
    expect(log.entry({ establishmentId: ESTABLISHMENT, date: '2026-11-25' })).toEqual({ status: 'SENT' });
  });

  it('when the budget refuses, the digest waits as routine: no SMS, counted deferred, nothing kept in the log', async () => {
    // Prepare
    const asked: string[] = [];
    counts.add(ESTABLISHMENT, '2026-12-01');
    // Act
    const result = await sendDigestBatch(
      {
        ...deps,
        budget: {
          settle: () => undefined,
          reserve: async (priority) => {
            asked.push(priority);
            return false;
          },
        },
      },
      { shard: SHARD },
    );
    // Assess
    expect(result).toMatchObject({ due: 1, sent: 0, deferredForBudget: 1 });
    expect(asked).toEqual(['ROUTINE']);
    expect(sms.sent).toEqual([]);
    expect(log.entries.size).toBe(0);
  });

  it('when the digest runs twice the same day, it is sent once; the next day it is sent again', async () => {
    // Prepare
    counts.add(ESTABLISHMENT, '2026-12-01');
    // Act
    await sendDigestBatch(deps, { shard: SHARD });
    const again = await sendDigestBatch(deps, { shard: SHARD });
    clock.moveTo(new Date('2026-11-26T06:00:00Z'));
    const nextDay = await sendDigestBatch(deps, { shard: SHARD });
    // Assess
    expect(again).toMatchObject({ due: 1, sent: 0, alreadyHandled: 1 });
    expect(nextDay).toMatchObject({ due: 1, sent: 1, alreadyHandled: 0 });
    expect(sms.sent).toHaveLength(2);
    expect(log.entry({ establishmentId: ESTABLISHMENT, date: '2026-11-26' })).toEqual({ status: 'SENT' });
  });

  it('when the SMS certainly was not sent, the claim is given back and the batch fails, so that its retry sends it', async () => {
    // Prepare
    counts.add(ESTABLISHMENT, '2026-12-01');
    const failing = { ...deps, sms: { send: async () => Promise.reject(new SmsNotSent('throttled')) } };
    // Act
    const attempt = sendDigestBatch(failing, { shard: SHARD });
    // Assess
    await expect(attempt).rejects.toBeInstanceOf(SmsNotSent);
    expect(log.entries.size).toBe(0);
    await expect(sendDigestBatch(deps, { shard: SHARD })).resolves.toMatchObject({ sent: 1 });
  });

  it('when a shard holds more contacts than a page, the batch returns a cursor and the next call reads on', async () => {
    // Prepare: 120 more establishments of the same shard, each with a document due (the first has none).
    const ids = Array.from({ length: 120 }, (_, k) => String(7_000_000_000 + SHARD + 16 * (k + 1)));
    for (const id of ids) {
      await contacts.remember({ establishmentId: id, phone: PHONE, locale: 'ar' });
      counts.add(id, '2026-11-20');
    }
    // Act
    const first = await sendDigestBatch(deps, { shard: SHARD });
    const second = await sendDigestBatch(deps, { shard: SHARD, cursor: first.cursor! });
    // Assess
    expect(first).toMatchObject({ due: 99, sent: 99, cursor: expect.any(String) });
    expect(second).toMatchObject({ due: 21, sent: 21 });
    expect(second.cursor).toBeUndefined();
  });
});
