import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http-client.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';

const PHONE = '+966500000091';
const QUESTION = { category: 'GENERAL_INQUIRY', description: 'When will my exit and re-entry visa be issued?' };

interface OutboxEntry {
  messageId: string;
  phone: string;
  delivery: string;
  providerResponse?: string;
}

/** Starts a runtime, files an inquiry, and reads the SMS the outbox holds for the resident. */
const withRuntime = (environment: Record<string, string>) => {
  const state = { runtime: undefined as unknown as RunningRuntime, dataDir: '' };
  const outbox = async () =>
    (await call(`${state.runtime.url}/local/sms?phone=${encodeURIComponent(PHONE)}`)).body.items as OutboxEntry[];
  const file = async (key: string) => {
    const token = (
      await call(`${state.runtime.url}/local/tokens`, {
        body: { role: 'resident', sub: 'receipts-1', iqamaNumber: '2000000006', phone: PHONE, locale: 'en' },
      })
    ).body.token as string;
    const filed = await call(`${state.runtime.url}/v1/inquiries`, {
      token,
      headers: { 'idempotency-key': key },
      body: QUESTION,
    });
    expect(filed.status).toBe(201);
    return { token, reference: filed.body.reference as string };
  };
  return { state, outbox, file, environment };
};

describe('SMS receipts, end to end over the local outbox', () => {
  const manual = withRuntime({ TAWASUL_SMS_RECEIPTS: 'manual' });
  const failing = withRuntime({ TAWASUL_SMS_FAILURE_SHARE: '1' });

  beforeAll(async () => {
    for (const runtime of [manual, failing]) {
      runtime.state.dataDir = mkdtempSync(join(tmpdir(), 'tawasul-sms-receipts-'));
      runtime.state.runtime = await startRuntimeProcess(runtime.state.dataDir, undefined, runtime.environment);
    }
  });

  afterAll(async () => {
    for (const runtime of [manual, failing]) {
      if (runtime.state.runtime) await interrupt(runtime.state.runtime);
      rmSync(runtime.state.dataDir, { recursive: true, force: true });
    }
  });

  it('when receipts are played by hand, a notice stays PENDING until its receipt, which marks it once; a second or unknown receipt is refused', async () => {
    // Prepare
    const { state, outbox, file } = manual;
    const { token, reference } = await file('receipts-manual-1');
    const [notice] = await eventually(outbox, (items) => items.length === 1);
    expect(notice).toMatchObject({ delivery: 'PENDING' });
    // Act
    const played = await call(`${state.runtime.url}/local/sms/${notice!.messageId}/receipt`, {
      body: { status: 'FAILED', providerResponse: 'Phone is switched off' },
    });
    const again = await call(`${state.runtime.url}/local/sms/${notice!.messageId}/receipt`, {
      body: { status: 'DELIVERED' },
    });
    const unknown = await call(`${state.runtime.url}/local/sms/00000000-0000-4000-8000-000000000000/receipt`, {
      body: { status: 'DELIVERED' },
    });
    const bad = await call(`${state.runtime.url}/local/sms/${notice!.messageId}/receipt`, {
      body: { status: 'MAYBE', __proto__: { status: 'DELIVERED' } },
    });
    // Assess
    expect(played.status).toBe(200);
    expect(played.body.items).toEqual([
      expect.objectContaining({ delivery: 'FAILED', providerResponse: 'Phone is switched off' }),
    ]);
    expect(again.status).toBe(409);
    expect(unknown.status).toBe(404);
    expect(bad.status).toBe(400);
    expect(await outbox()).toEqual([expect.objectContaining({ messageId: notice!.messageId, delivery: 'FAILED' })]);
    const read = await call(`${state.runtime.url}/v1/inquiries/${reference}`, { token });
    expect(read.body.notifications).toEqual([
      expect.objectContaining({ message: 'RECEIVED', delivery: 'FAILED', failureReason: 'Phone is switched off' }),
    ]);
  });

  it("when a review notice's receipt says DELIVERED, the resident's view of the inquiry shows it delivered, and when", async () => {
    // Prepare
    const { state, outbox, file } = manual;
    const { token, reference } = await file('receipts-manual-2');
    const items = await eventually(outbox, (all) => all.length === 2);
    const notice = items.find((item) => item.delivery === 'PENDING');
    const before = await call(`${state.runtime.url}/v1/inquiries/${reference}`, { token });
    // Act
    const played = await call(`${state.runtime.url}/local/sms/${notice!.messageId}/receipt`, {
      body: { status: 'DELIVERED' },
    });
    const after = await call(`${state.runtime.url}/v1/inquiries/${reference}`, { token });
    // Assess
    expect(played.status).toBe(200);
    expect(before.body.notifications).toEqual([expect.objectContaining({ message: 'RECEIVED', delivery: 'PENDING' })]);
    expect(after.body.notifications).toEqual([
      expect.objectContaining({
        message: 'RECEIVED',
        recipient: 'RESIDENT',
        delivery: 'DELIVERED',
        deliveredAt: expect.any(String),
      }),
    ]);
  });

  it('when the local carrier fails every message, each SMS comes back FAILED with the carrier’s words, by itself', async () => {
    // Prepare
    const { outbox, file } = failing;
    // Act
    await file('receipts-failing-1');
    // Assess
    const [notice] = await eventually(outbox, (items) => items.length === 1 && items[0]?.delivery !== 'PENDING');
    expect(notice).toMatchObject({ delivery: 'FAILED', providerResponse: 'Unknown error attempting to reach phone' });
  });

  it('when the SMS asking for information never arrives, the case is not closed after 14 days; the resident opening it starts the 14 days', async () => {
    // Prepare: another resident than the other tests', so that their outbox stays their own
    const { state } = failing;
    const url = state.runtime.url;
    const token = async (claims: Record<string, unknown>) =>
      (await call(`${url}/local/tokens`, { body: claims })).body.token as string;
    const resident = await token({
      role: 'resident',
      sub: 'receipts-unreached',
      iqamaNumber: '2000000014',
      phone: '+966500000092',
      locale: 'en',
    });
    const reviewer = await token({ role: 'reviewer', sub: 'reviewer-receipts', sections: ['GENERAL'] });
    const residentView = async (reference: string) =>
      (await call(`${url}/v1/inquiries/${reference}`, { token: resident })).body;
    const reviewerView = async (reference: string) =>
      (await call(`${url}/v1/review/inquiries/${reference}`, { token: reviewer })).body;
    const filed = await call(`${url}/v1/inquiries`, {
      token: resident,
      headers: { 'idempotency-key': 'receipts-unreached-1' },
      body: QUESTION,
    });
    const { reference } = filed.body as { reference: string };
    await eventually(
      () => reviewerView(reference),
      (inquiry) => inquiry.status === 'UNDER_REVIEW',
    );
    const asked = await call(`${url}/v1/review/inquiries/${reference}/decision`, {
      token: reviewer,
      headers: { 'idempotency-key': 'receipts-unreached-2' },
      body: { decision: 'REQUEST_INFO', note: 'Please send a copy of your passport.' },
    });
    expect(asked.status).toBe(200);
    await eventually(
      () => reviewerView(reference),
      (inquiry) =>
        inquiry.notifications?.some(
          (notice: { message: string; delivery: string }) =>
            notice.message === 'NEEDS_INFO' && notice.delivery === 'FAILED',
        ),
    );
    // Act: 15 days pass without the request reaching the resident
    await call(`${url}/local/clock`, { body: { advanceDays: 15 } });
    const unreached = await reviewerView(reference);
    const opened = await residentView(reference);
    const reached = await reviewerView(reference);
    await call(`${url}/local/clock`, { body: { advanceDays: 15 } });
    const closed = await residentView(reference);
    // Assess
    expect(unreached).toMatchObject({ status: 'NEEDS_INFO', replyRequest: { reached: false } });
    expect(unreached.replyRequest.replyDueBy).toBeUndefined();
    expect(opened.status).toBe('NEEDS_INFO');
    expect(reached.replyRequest).toMatchObject({ reached: true, reachedAt: expect.any(String) });
    expect(Date.parse(reached.replyRequest.replyDueBy) - Date.parse(reached.replyRequest.reachedAt)).toBe(
      14 * 86_400_000,
    );
    expect(closed).toMatchObject({ status: 'CLOSED', closeReason: 'NO_RESPONSE' });
    // Thirty days of timers and daily schedules in two calls: about a minute on two busy cores.
  }, 240_000);
});
