import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../functions/domain/shared/calendar-date.js';
import { apiClient, type RequestBody, succeeded } from '../support/api-client.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http-client.js';
import { interrupt, type RunningRuntime, startRuntimeProcess } from '../support/local-runtime-process.js';
import { nextRiyadhHour, riyadhHourOf } from '../support/riyadh-time-of-day.js';

const PHONE = '+966500000077';
const QUESTION = {
  category: 'GENERAL_INQUIRY',
  description: 'When will my exit and re-entry visa be issued?',
} satisfies RequestBody<'SubmitInquiry'>;

describe('review workflow, end to end over HTTP with the local clock', () => {
  let dataDir: string;
  let runtime: RunningRuntime;
  let resident: string;
  let stranger: string;
  let reviewer: string;
  let secondReviewer: string;
  let otherSection: string;

  const token = async (claims: Record<string, unknown>) =>
    (await call(`${runtime.url}/local/tokens`, { body: claims })).body.token as string;
  const signIn = async () => {
    resident = await token({
      role: 'resident',
      sub: 'resident-a',
      iqamaNumber: '2000000006',
      phone: PHONE,
      locale: 'en',
    });
    stranger = await token({
      role: 'resident',
      sub: 'resident-b',
      iqamaNumber: '2000000014',
      phone: '+966500000078',
      locale: 'ar',
    });
    reviewer = await token({ role: 'reviewer', sub: 'reviewer-1', sections: ['GENERAL'] });
    secondReviewer = await token({ role: 'reviewer', sub: 'reviewer-2', sections: ['GENERAL'] });
    otherSection = await token({ role: 'reviewer', sub: 'reviewer-3', sections: ['VISAS'] });
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tawasul-review-e2e-'));
    runtime = await startRuntimeProcess(dataDir);
    await signIn();
  }, 120_000);

  afterAll(async () => {
    if (runtime) await interrupt(runtime);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const sms = async () =>
    (await call(`${runtime.url}/local/sms?phone=${encodeURIComponent(PHONE)}`)).body.items as {
      message: string;
      parts: number;
      at: string;
    }[];
  const smsAbout = async (reference: string) => (await sms()).filter((m) => m.message.includes(reference));
  const api = (as: string) => apiClient(runtime.url, as);
  const inquiry = (reference: string) =>
    succeeded(api(resident).GET('/v1/inquiries/{reference}', { params: { path: { reference } } }));
  const decide = (reference: string, body: RequestBody<'DecideInquiry'>, as = reviewer) =>
    api(as).POST('/v1/review/inquiries/{reference}/decision', { params: { path: { reference } }, body });
  /** A decision the contract's types do not allow, sent untyped as a client that ignores the contract would. */
  const decideUntyped = (reference: string, body: Record<string, unknown>) =>
    call(`${runtime.url}/v1/review/inquiries/${reference}/decision`, { token: reviewer, body });
  const reply = (reference: string, body: RequestBody<'ReplyToInquiry'>, as = resident) =>
    api(as).POST('/v1/inquiries/{reference}/replies', { params: { path: { reference } }, body });
  const rate = (reference: string, body: RequestBody<'RateInquiry'>) =>
    api(resident).POST('/v1/inquiries/{reference}/rating', { params: { path: { reference } }, body });
  const submit = async () => {
    const created = await api(resident).POST('/v1/inquiries', { body: QUESTION });
    expect(created.response.status).toBe(201);
    const { reference } = created.data!;
    await eventually(
      () => inquiry(reference),
      (i) => i.status === 'UNDER_REVIEW',
    );
    return reference;
  };

  it('when an inquiry is submitted, it goes under review and the resident gets one single-part SMS with the reference', async () => {
    const reference = await submit();
    const [received] = await eventually(
      () => smsAbout(reference),
      (m) => m.length === 1,
    );
    expect(received).toMatchObject({
      message: `Tawasul: we received your request ${reference}. We will reply within 7 working days.`,
      parts: 1,
    });
  });

  it('when the wrong people decide, or decide badly, they are refused and nothing changes', async () => {
    const reference = await submit();
    expect((await decide(reference, { decision: 'ACCEPT' }, otherSection)).response.status).toBe(404);
    expect((await decide(reference, { decision: 'ACCEPT' }, resident)).response.status).toBe(403);
    const noNote = await decideUntyped(reference, { decision: 'REJECT' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors).toEqual([expect.objectContaining({ pointer: '/note', code: 'required' })]);
    expect((await decideUntyped(reference, { decision: 'APPROVE' })).status).toBe(400);
    expect((await reply(reference, { message: 'Too early' })).response.status).toBe(409);
    expect((await reply(reference, { message: 'Not mine' }, stranger)).response.status).toBe(404);
    expect((await inquiry(reference)).status).toBe('UNDER_REVIEW');
  });

  it('when information is requested and the runtime restarts, the waiting review resumes: the reply and the decision still go through', async () => {
    // Prepare
    const reference = await submit();
    const asked = await decide(reference, {
      decision: 'REQUEST_INFO',
      note: 'Please send a copy of your passport.',
      internalNote: 'Check the visa number',
      requestedDocuments: ['Passport copy'],
    });
    expect(asked.response.status).toBe(200);
    expect(asked.data).toMatchObject({
      status: 'NEEDS_INFO',
      internalNotes: [expect.objectContaining({ note: 'Check the visa number' })],
    });
    await eventually(
      () => smsAbout(reference),
      (m) => m.length === 2,
    );
    expect(await inquiry(reference)).not.toHaveProperty('internalNotes');
    // Act
    await interrupt(runtime);
    runtime = await startRuntimeProcess(dataDir);
    await signIn();
    const replied = await reply(reference, { message: 'Here is my passport copy.' });
    const accepted = await decide(reference, { decision: 'ACCEPT', note: 'Your visa is issued.' });
    // Assess
    expect(replied.response.status).toBe(200);
    expect(replied.data?.status).toBe('UNDER_REVIEW');
    expect(accepted.data?.status).toBe('ACCEPTED');
    const messages = await eventually(
      () => smsAbout(reference),
      (m) => m.length === 3,
    );
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringContaining('we received'),
      expect.stringContaining('needs more information'),
      `Tawasul: your request ${reference} has been accepted.`,
    ]);
    expect((await rate(reference, { score: 5, comment: 'Quick and clear' })).response.status).toBe(200);
    expect((await rate(reference, { score: 4 })).response.status).toBe(409);
  }, 120_000);

  it('when a rejection is appealed, the rejecting reviewer is refused and a second reviewer decides', async () => {
    const reference = await submit();
    expect(
      (await decide(reference, { decision: 'REJECT', note: 'The passport copy is unreadable.' })).response.status,
    ).toBe(200);
    const appealed = await api(resident).POST('/v1/inquiries/{reference}/appeal', {
      params: { path: { reference } },
      body: { reason: 'Here is a readable copy.' },
    });
    expect(appealed.data?.status).toBe('APPEALED');
    const same = await decide(reference, { decision: 'ACCEPT' });
    expect(same.response.status).toBe(409);
    expect(same.error?.type).toContain('second-reviewer-required');
    expect((await decide(reference, { decision: 'ACCEPT' }, secondReviewer)).data?.status).toBe('ACCEPTED');
    await eventually(
      () => smsAbout(reference),
      (m) => m.some((x) => x.message.includes('appeal on request')),
    );
  });

  it('when the clock moves 15 days and nobody replies, the resident is reminded, then the case closes', async () => {
    // Prepare
    const reference = await submit();
    await decide(reference, { decision: 'REQUEST_INFO', note: 'Please send a copy of your passport.' });
    const before = (await call(`${runtime.url}/local/clock`)).body.now as string;
    // Act
    const moved = await call(`${runtime.url}/local/clock`, { body: { advanceDays: 15 } });
    // Assess
    expect(Date.parse(moved.body.now) - Date.parse(before)).toBeGreaterThanOrEqual(15 * 86_400_000);
    expect(await inquiry(reference)).toMatchObject({ status: 'CLOSED', closeReason: 'NO_RESPONSE' });
    const messages = (await smsAbout(reference)).map((m) => m.message);
    expect(messages.slice(-2)).toEqual([
      `Tawasul: 3 days left to reply to request ${reference} before it is closed.`,
      `Tawasul: your request ${reference} has been closed.`,
    ]);
    expect((await call(`${runtime.url}/local/clock`, { body: { advanceDays: -1 } })).status).toBe(400);
    // Fifteen days of timers and daily schedules run in this one call: about 30 s on two busy cores.
  }, 120_000);

  it('when a reviewer accepts at 23:00 in Riyadh, the resident is texted at 08:00, once, and not in the night', async () => {
    // Prepare
    const reference = await submit();
    await eventually(
      () => smsAbout(reference),
      (m) => m.length === 1,
    );
    const now = new Date((await call(`${runtime.url}/local/clock`)).body.now as string);
    const evening = nextRiyadhHour(now, 23);
    await call(`${runtime.url}/local/clock`, { body: { advanceHours: (evening.getTime() - now.getTime()) / HOUR_MS } });
    // Act
    const accepted = await decide(reference, { decision: 'ACCEPT', note: 'Your visa is issued.' });
    const night = await call(`${runtime.url}/local/clock`, { body: { advanceHours: 8.9 } });
    const atNight = await smsAbout(reference);
    const morning = await call(`${runtime.url}/local/clock`, { body: { advanceHours: 0.2 } });
    // Assess
    expect(accepted.response.status).toBe(200);
    expect(riyadhHourOf(night.body.now as string)).toBe(7);
    expect(atNight).toHaveLength(1);
    expect(riyadhHourOf(morning.body.now as string)).toBe(8);
    const texted = await eventually(
      () => smsAbout(reference),
      (m) => m.length === 2,
    );
    expect(texted[1]).toMatchObject({ message: `Tawasul: your request ${reference} has been accepted.` });
    expect(riyadhHourOf(texted[1]!.at)).toBe(8);
    await call(`${runtime.url}/local/clock`, { body: { advanceHours: 24 } });
    expect(await smsAbout(reference)).toHaveLength(2);
  }, 120_000);
});
